export { Compiler } from './compiler';
export { CompileError } from './errors';
