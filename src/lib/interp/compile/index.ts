export { Compiler, type CompiledModule } from './compiler';
export { CompileError } from './errors';
