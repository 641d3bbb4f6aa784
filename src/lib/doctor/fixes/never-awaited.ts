/**
 * `never-awaited`: `coro()` as a statement of its own inside an `async def` makes a coroutine
 * and drops it; `await coro()` runs it.
 */
import type { Finding } from '../types';
import type { Rewrite } from './types';
import { Program, applyEdits, asyncFunctionOf, children } from './syntax';

function rewrite(source: string, finding: Finding): string | null {
  const p = Program.read(source);
  if (!p) return null;
  const s = p.statementsOn(finding.line).pop();
  if (s?.name !== 'ExpressionStatement') return null;
  const call = s.firstChild;
  if (call?.name !== 'CallExpression' || children(s).length !== 1 || asyncFunctionOf(call) === null) return null;
  return applyEdits(source, [{ from: call.from, to: call.from, text: 'await ' }]);
}

export const neverAwaited: Rewrite = {
  title: { en: 'Await the coroutine so that it runs', ko: '코루틴이 실행되도록 await 하기' },
  rewrite,
};
