/**
 * `sequential-awaits`: awaits whose results do not feed each other, waited one after another.
 * Two shapes, as the doctor reports them:
 *
 *  - consecutive statements `x = await f(a)` / `await g(b)` → `x, _ = await asyncio.gather(f(a), g(b))`;
 *    consecutive `out.append(await f(a))` → `out.extend(await asyncio.gather(f(a), ...))`;
 *  - a loop of one such await per item, `for u in urls: await fetch(u)` (or `out.append(...)`) →
 *    `await asyncio.gather(*(fetch(u) for u in urls))` (or `out.extend(...)`).
 *
 * Declined when a later await reads an earlier result, the statements mix appends with other
 * awaits, or they are not plain awaits side by side in one block (comments between them too).
 */
import type { SyntaxNode } from '@lezer/common';
import type { Finding } from '../types';
import type { Rewrite } from './types';
import { Program, asyncFunctionOf, children, findAll, sameNode, rewritten } from './syntax';

/** One awaiting statement: how it keeps the result, where, and what it awaits. */
interface Awaiting {
  /** `await X`, `T = await X`, or `L.append(await X)`. */
  form: 'await' | 'assign' | 'append';
  /** The assignment's target, or the list appended to. */
  target: SyntaxNode | null;
  awaited: SyntaxNode;
}

const args = (call: SyntaxNode): SyntaxNode[] =>
  children(call.lastChild!).filter((a) => a.name !== '(' && a.name !== ')' && a.name !== ',');

function awaiting(p: Program, s: SyntaxNode): Awaiting | null {
  const parts = children(s);
  if (s.name === 'ExpressionStatement' && parts.length === 1 && parts[0].name === 'AwaitExpression') {
    return { form: 'await', target: null, awaited: parts[0].lastChild! };
  }
  if (s.name === 'ExpressionStatement' && parts.length === 1 && parts[0].name === 'CallExpression') {
    // L.append(await X)
    const callee = parts[0].firstChild!;
    const list = callee.firstChild;
    const arg = args(parts[0]);
    if (
      callee.name === 'MemberExpression' &&
      list?.name === 'VariableName' &&
      callee.lastChild?.name === 'PropertyName' &&
      p.text(callee.lastChild) === 'append' &&
      arg.length === 1 &&
      arg[0].name === 'AwaitExpression'
    )
      return { form: 'append', target: list, awaited: arg[0].lastChild! };
  }
  if (
    s.name === 'AssignStatement' &&
    parts.length === 3 &&
    parts[1].name === 'AssignOp' &&
    (parts[0].name === 'VariableName' || parts[0].name === 'MemberExpression') &&
    parts[2].name === 'AwaitExpression'
  ) {
    return { form: 'assign', target: parts[0], awaited: parts[2].lastChild! };
  }
  return null;
}

/** The names an expression reads. */
function namesRead(p: Program, n: SyntaxNode): Set<string> {
  return new Set(findAll(n, (m) => m.name === 'VariableName').map((m) => p.text(m)));
}

const LINE_LIMIT = 88;

/** `gather(...)`'s call with the arguments listed, on one line or one per line when long. */
function gatherCall(p: Program, indent: string, head: string, exprs: string[], tail: string): string {
  const text = `${head}asyncio.gather(${exprs.join(', ')})${tail}`;
  if (indent.length + text.length <= LINE_LIMIT && !exprs.some((e) => e.includes('\n'))) return text;
  const inner = p.deeper(indent);
  return `${head}asyncio.gather(\n${exprs.map((e) => `${inner}${e},\n`).join('')}${indent})${tail}`;
}

/** Consecutive awaiting statements → one gather. */
function consecutive(p: Program, statements: SyntaxNode[]): string | null {
  for (let k = 1; k < statements.length; k++) {
    let prev = statements[k].prevSibling;
    while (prev?.name === 'Comment') prev = prev.prevSibling;
    if (!prev || !sameNode(prev, statements[k - 1])) return null;
  }
  const first = statements[0];
  const last = statements[statements.length - 1];
  if (p.hasComment(first.from, last.to)) return null;
  const steps: Awaiting[] = [];
  for (const s of statements) {
    const a = awaiting(p, s);
    if (!a) return null;
    steps.push(a);
  }
  // Independent: no await reads a name an earlier one binds, and no two bind the same target.
  const bound: string[] = [];
  for (const a of steps) {
    const reads = namesRead(p, a.awaited);
    if (bound.some((b) => reads.has(b.split('.')[0]))) return null;
    if (a.form === 'assign') {
      const t = p.text(a.target!);
      if (bound.includes(t)) return null;
      bound.push(t);
    } else if (a.form === 'append') bound.push(p.text(a.target!));
  }
  const indent = p.indentAt(first.from);
  const exprs = steps.map((a) => p.text(a.awaited));
  const appends = steps.filter((a) => a.form === 'append');
  let text: string;
  if (appends.length) {
    const list = p.text(appends[0].target!);
    if (appends.length !== steps.length || appends.some((a) => p.text(a.target!) !== list)) return null;
    text = gatherCall(p, indent, `${list}.extend(await `, exprs, ')');
  } else {
    const assigned = steps.some((a) => a.form === 'assign');
    const lhs = assigned ? steps.map((a) => (a.target ? p.text(a.target) : '_')).join(', ') + ' = ' : '';
    text = gatherCall(p, indent, `${lhs}await `, exprs, '');
  }
  return rewritten(p.src, [{ from: first.from, to: last.to, text }], true);
}

/** `for x in xs:` with one awaiting statement (a bare await or an append) → one gather over a generator. */
function loop(p: Program, s: SyntaxNode): string | null {
  const parts = children(s);
  const body = s.getChild('Body');
  const inAt = parts.findIndex((c) => c.name === 'in');
  if (parts[0]?.name !== 'for' || !body || inAt < 2 || !sameNode(parts[parts.length - 1], body)) return null;
  const inner = children(body).filter((c) => c.name !== ':');
  if (inner.length !== 1 || p.hasComment(s.from, inner[0].to)) return null;
  const a = awaiting(p, inner[0]);
  if (!a || a.form === 'assign') return null;
  const targetText = p.src.slice(parts[0].to, parts[inAt].from).trim();
  const items = p.src.slice(parts[inAt].to, body.from).trim();
  const targets = new Set(parts.slice(1, inAt).flatMap((t) => [...namesRead(p, t)]));
  const reads = namesRead(p, a.awaited);
  // One call per item: the call reads the item, and not the list it fills.
  if (![...reads].some((n) => targets.has(n))) return null;
  if (a.form === 'append' && reads.has(p.text(a.target!))) return null;
  const gen = `*(${p.text(a.awaited)} for ${targetText} in ${items})`;
  const text =
    a.form === 'append' ? `${p.text(a.target!)}.extend(await asyncio.gather(${gen}))` : `await asyncio.gather(${gen})`;
  return rewritten(p.src, [{ from: s.from, to: inner[0].to, text }], true);
}

function rewrite(source: string, finding: Finding): string | null {
  const p = Program.read(source);
  if (!p) return null;
  const head = p.statementsOn(finding.line)[0];
  if (!head || asyncFunctionOf(head) === null) return null;
  if (head.name === 'ForStatement') return loop(p, head);
  if (finding.endLine === undefined || finding.endLine <= finding.line) return null;
  const statements: SyntaxNode[] = [];
  for (let line = finding.line; line <= finding.endLine; line++) {
    const s = p.statementsOn(line)[0];
    if (s) statements.push(s);
  }
  return statements.length < 2 ? null : consecutive(p, statements);
}

export const sequentialAwaits: Rewrite = {
  title: {
    en: 'Run the independent awaits together with asyncio.gather',
    ko: '서로 독립적인 await들을 asyncio.gather로 함께 실행하기',
  },
  rewrite,
};
