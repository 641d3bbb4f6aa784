/**
 * `unbounded-fan-out`: hundreds of coroutines started at once, by
 * `asyncio.gather(*(work(i) for i in ...))` (a generator or list comprehension) or by
 * `create_task(work(i))` in a `for` loop. The fix puts a semaphore in front of the work: each
 * coroutine goes through `limited(...)`, which runs it only while holding one of
 * `FAN_OUT_LIMIT` places. The finding's line is the statement, or a line in the loop that makes
 * the tasks. Other shapes are declined.
 */
import type { SyntaxNode } from '@lezer/common';
import type { Finding } from '../types';
import type { Rewrite } from './types';
import { Program, asyncFunctionOf, callParts, children, findAll, sameNode, rewritten, type Edit } from './syntax';

/** How many of the coroutines may run at once after the fix. */
export const FAN_OUT_LIMIT = 10;

const GATHER = /(^|\.)gather$/;
const CREATE = /(^|\.)(create_task|ensure_future)$/;
const LOOPS = /^(ForStatement|WhileStatement|ComprehensionExpression|ArrayComprehensionExpression)$/;

/** The coroutine expressions to wrap: a gather's starred comprehension's element, or a looped create_task's argument. */
function fannedOut(p: Program, s: SyntaxNode): SyntaxNode[] {
  const out: SyntaxNode[] = [];
  for (const call of findAll(s, (n) => n.name === 'CallExpression')) {
    const parts = callParts(p, call);
    if (!parts) continue;
    const args = children(parts.args).filter((a) => a.name !== '(' && a.name !== ')' && a.name !== ',');
    if (GATHER.test(parts.callee)) {
      // gather(*(E for ...)) with nothing else passed.
      if (args.length !== 2 || args[0].name !== '*') continue;
      const comp = args[1];
      if (comp.name !== 'ComprehensionExpression' && comp.name !== 'ArrayComprehensionExpression') continue;
      const element = comp.firstChild?.nextSibling;
      if (element?.name !== 'CallExpression') continue;
      // gather(*(create_task(E) for ...)): the task starts E at once, so E is what to hold back.
      const made = callParts(p, element)!;
      const inner = children(made.args).filter((a) => a.name !== '(' && a.name !== ')' && a.name !== ',');
      if (!CREATE.test(made.callee)) out.push(element);
      else if (inner.length === 1 && inner[0].name === 'CallExpression') out.push(inner[0]);
    } else if (CREATE.test(parts.callee)) {
      // Made again and again: in a for loop, or in a comprehension.
      let loop = call.parent;
      while (loop && loop.name !== 'FunctionDefinition' && !LOOPS.test(loop.name)) loop = loop.parent;
      if (loop && LOOPS.test(loop.name) && args.length === 1 && args[0].name === 'CallExpression') out.push(args[0]);
    }
  }
  // A gather of tasks made in its comprehension finds their coroutine twice.
  return out.filter((n, k) => out.findIndex((m) => sameNode(m, n)) === k);
}

/** The loop statement around `n` inside `fn`, if any. */
function enclosingLoop(n: SyntaxNode, fn: SyntaxNode): SyntaxNode | null {
  for (let q = n.parent; q && !sameNode(q, fn); q = q.parent)
    if (q.name === 'ForStatement' || q.name === 'WhileStatement') return q;
  return null;
}

function rewrite(source: string, finding: Finding): string | null {
  const p = Program.read(source);
  if (!p) return null;
  const s = p.statementsOn(finding.line)[0];
  const fn = s && asyncFunctionOf(s);
  if (!s || !fn) return null;
  // The loop or gather may be the line's statement or hold it (a create_task line in a loop).
  let scope: SyntaxNode | null = s;
  let work = fannedOut(p, s);
  while (work.length === 0 && scope) {
    scope = enclosingLoop(scope, fn);
    if (scope) work = fannedOut(p, scope);
  }
  if (work.length !== 1) return null;
  // The semaphore and wrapper go before the statement of the coroutine's body that holds the fan-out.
  let anchor: SyntaxNode = work[0];
  while (
    anchor.parent &&
    !(anchor.parent.name === 'Body' && anchor.parent.parent && sameNode(anchor.parent.parent, fn))
  )
    anchor = anchor.parent;
  if (p.lineOf(anchor.from) === p.lineOf(fn.from)) return null;
  const indent = p.indentAt(anchor.from);
  const inner = p.deeper(indent);
  const sem = p.freshName('sem');
  const limited = p.freshName('limited');
  const coro = p.freshName('coro');
  const prelude = [
    `${indent}${sem} = asyncio.Semaphore(${FAN_OUT_LIMIT})`,
    '',
    `${indent}async def ${limited}(${coro}):`,
    `${inner}async with ${sem}:`,
    `${p.deeper(inner)}return await ${coro}`,
    '',
    '',
  ].join('\n');
  const edits: Edit[] = [
    { from: p.lineStart(p.lineOf(anchor.from)), to: p.lineStart(p.lineOf(anchor.from)), text: prelude },
    { from: work[0].from, to: work[0].from, text: `${limited}(` },
    { from: work[0].to, to: work[0].to, text: ')' },
  ];
  return rewritten(source, edits, true);
}

export const unboundedFanOut: Rewrite = {
  title: {
    en: `Limit how many run at once with asyncio.Semaphore(${FAN_OUT_LIMIT})`,
    ko: `asyncio.Semaphore(${FAN_OUT_LIMIT})로 동시에 실행되는 개수 제한하기`,
  },
  rewrite,
};
