/**
 * `sequential-awaits`: consecutive `x = await f(a)` / `await g(b)` statements whose results do not
 * feed each other wait one after another; `x, _ = await asyncio.gather(f(a), g(b))` waits for
 * them together. Declined when a later await reads an earlier result, or when the statements are
 * not plain awaits side by side in one block.
 */
import type { SyntaxNode } from '@lezer/common';
import type { Finding } from '../types';
import type { Rewrite } from './types';
import { Program, asyncFunctionOf, children, findAll, sameNode, rewritten } from './syntax';

/** One awaiting statement: what it binds (null: nothing) and what it awaits. */
interface Awaiting {
  target: SyntaxNode | null;
  awaited: SyntaxNode;
}

/** `await X` or `T = await X` (one plain target), else null. */
function awaiting(s: SyntaxNode): Awaiting | null {
  const parts = children(s);
  if (s.name === 'ExpressionStatement' && parts.length === 1 && parts[0].name === 'AwaitExpression') {
    return { target: null, awaited: parts[0].lastChild! };
  }
  if (
    s.name === 'AssignStatement' &&
    parts.length === 3 &&
    parts[1].name === 'AssignOp' &&
    (parts[0].name === 'VariableName' || parts[0].name === 'MemberExpression') &&
    parts[2].name === 'AwaitExpression'
  ) {
    return { target: parts[0], awaited: parts[2].lastChild! };
  }
  return null;
}

/** The names an expression reads. */
function namesRead(p: Program, n: SyntaxNode): Set<string> {
  return new Set(findAll(n, (m) => m.name === 'VariableName').map((m) => p.text(m)));
}

const LINE_LIMIT = 88;

function rewrite(source: string, finding: Finding): string | null {
  const p = Program.read(source);
  if (!p || finding.endLine === undefined || finding.endLine <= finding.line) return null;
  const statements: SyntaxNode[] = [];
  for (let line = finding.line; line <= finding.endLine; line++) {
    const s = p.statementsOn(line)[0];
    if (s) statements.push(s);
  }
  if (statements.length < 2) return null;
  // Side by side in one block, nothing else between them.
  for (let k = 1; k < statements.length; k++) {
    let prev = statements[k].prevSibling;
    while (prev?.name === 'Comment') prev = prev.prevSibling;
    if (!prev || !sameNode(prev, statements[k - 1])) return null;
  }
  const first = statements[0];
  const last = statements[statements.length - 1];
  if (asyncFunctionOf(first) === null || p.hasComment(first.from, last.to)) return null;
  const awaits = statements.map(awaiting);
  if (awaits.some((a) => a === null)) return null;
  const steps = awaits as Awaiting[];
  // Independent: no await reads a name an earlier one binds, and no two bind the same target.
  const bound: string[] = [];
  for (const a of steps) {
    const reads = namesRead(p, a.awaited);
    if (bound.some((b) => reads.has(b.split('.')[0]))) return null;
    if (a.target) {
      const t = p.text(a.target);
      if (bound.includes(t)) return null;
      bound.push(t);
    }
  }
  const indent = p.indentAt(first.from);
  const exprs = steps.map((a) => p.text(a.awaited));
  const lhs = bound.length ? steps.map((a) => (a.target ? p.text(a.target) : '_')).join(', ') + ' = ' : '';
  let text = `${lhs}await asyncio.gather(${exprs.join(', ')})`;
  if (indent.length + text.length > LINE_LIMIT || exprs.some((e) => e.includes('\n'))) {
    const inner = p.deeper(indent);
    text = `${lhs}await asyncio.gather(\n${exprs.map((e) => `${inner}${e},\n`).join('')}${indent})`;
  }
  return rewritten(source, [{ from: first.from, to: last.to, text }], true);
}

export const sequentialAwaits: Rewrite = {
  title: {
    en: 'Run the independent awaits together with asyncio.gather',
    ko: '서로 독립적인 await들을 asyncio.gather로 함께 실행하기',
  },
  rewrite,
};
