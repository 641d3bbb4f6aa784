/** The parser: Python source → Loopline IR (see lower.ts). */
export { parse } from './lower';
