/** The parser: Python source → Loopline IR (see lower/parse.ts). */
export { parse } from './lower';
