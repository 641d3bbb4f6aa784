/**
 * `never-awaited`: `coro()` as a statement of its own inside an `async def` makes a coroutine
 * and drops it; `await coro()` runs it. So does `x = coro()` (the coroutine, not its result,
 * bound to `x`): `x = await coro()`.
 */
import type { SyntaxNode } from '@lezer/common';
import type { Finding } from '../types';
import type { Rewrite } from './types';
import { Program, asyncFunctionOf, callParts, children, findAll, isAsyncDef, rewritten } from './syntax';

/** The call a statement makes as its whole value: `coro()` or `x = coro()` (one target). */
function droppedCall(s: SyntaxNode): SyntaxNode | null {
  const parts = children(s);
  if (s.name === 'ExpressionStatement' && parts.length === 1) return parts[0];
  if (s.name === 'AssignStatement' && parts.length === 3 && parts[1].name === 'AssignOp') return parts[2];
  return null;
}

/** The names of the program's `async def`s (functions and methods). */
function asyncDefNames(p: Program): Set<string> {
  const defs = findAll(p.tree.topNode, (n) => n.name === 'FunctionDefinition' && isAsyncDef(n));
  return new Set(defs.map((d) => p.text(d.getChild('VariableName')!)));
}

function rewrite(source: string, finding: Finding): string | null {
  const p = Program.read(source);
  if (!p) return null;
  const s = p.statementsOn(finding.line).pop();
  const call = s && droppedCall(s);
  if (call?.name !== 'CallExpression' || asyncFunctionOf(call) === null) return null;
  // Only a call of one of the program's own coroutine functions (not `asyncio.run(...)` or `print(...)`).
  const callee = callParts(p, call)?.callee.split('.').pop();
  if (!callee || !asyncDefNames(p).has(callee)) return null;
  return rewritten(source, [{ from: call.from, to: call.from, text: 'await ' }], false);
}

export const neverAwaited: Rewrite = {
  title: { en: 'Await the coroutine so that it runs', ko: '코루틴이 실행되도록 await 하기' },
  rewrite,
};
