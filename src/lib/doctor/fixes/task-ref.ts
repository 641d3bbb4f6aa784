/**
 * What `dropped-task` and `exception-never-retrieved` share: the `create_task` statement a
 * finding points at, a name for its task, and a statement added at the end of the coroutine
 * that awaits it, so the task is finished (and its outcome read) before the coroutine returns.
 */
import type { SyntaxNode } from '@lezer/common';
import type { Finding } from '../types';
import {
  Program,
  asyncFunctionOf,
  bodyStatements,
  callParts,
  children,
  findAll,
  returnsOrYields,
  sameNode,
  type Edit,
} from './syntax';

/** The task a finding's `create_task` makes and where the coroutine that made it ends. */
export interface TaskSite {
  p: Program;
  /** The name the task is (or will be) bound to. */
  name: string;
  /** The edits that bind it, when the statement drops it. */
  edits: Edit[];
  /** Where a statement at the end of the coroutine's body goes, and its indentation. */
  end: number;
  indent: string;
}

const CREATES = /(^|\.)(create_task|ensure_future)$/;

/** A `create_task(...)` call that a statement makes as its whole value. */
function creation(p: Program, s: SyntaxNode): { call: SyntaxNode; target: SyntaxNode | null } | null {
  const parts = children(s);
  const call = parts[parts.length - 1];
  const callee = call?.name === 'CallExpression' ? callParts(p, call)?.callee : undefined;
  if (callee === undefined || !CREATES.test(callee)) return null;
  if (s.name === 'ExpressionStatement' && parts.length === 1) return { call, target: null };
  if (s.name === 'AssignStatement' && parts.length === 3 && parts[0].name === 'VariableName')
    return { call, target: parts[0] };
  return null;
}

/**
 * The task site of a finding's line: a `create_task` statement directly in an async def's body
 * (not in a loop or branch, where the task may not exist at the end) of a coroutine that has no
 * `return` or `yield` of its own (so its end is its last line). A task already bound to a name
 * must be bound by that statement only, and the name read nowhere else in the coroutine. Null
 * when any of it does not hold.
 */
export function taskSite(source: string, finding: Finding): TaskSite | null {
  const p = Program.read(source);
  if (!p) return null;
  const s = p.statementsOn(finding.line)[0];
  const made = s && creation(p, s);
  const fn = s && asyncFunctionOf(s);
  if (!made || !fn) return null;
  const body = bodyStatements(fn);
  if (!body.some((b) => sameNode(b, s)) || returnsOrYields(fn, fn)) return null;
  let name: string;
  const edits: Edit[] = [];
  if (made.target) {
    name = p.text(made.target);
    // Bound once, and never read: a task the coroutine already waits for or hands on is not dropped.
    const uses = findAll(fn, (n) => n.name === 'VariableName' && p.text(n) === name);
    if (uses.length !== 1) return null;
  } else {
    name = p.freshName('task');
    edits.push({ from: s.from, to: s.from, text: `${name} = ` });
  }
  const last = body[body.length - 1];
  const lastLine = p.lineOf(last.to);
  const end = lastLine < p.lineOf(p.src.length) || p.src.endsWith('\n') ? p.lineStart(lastLine + 1) - 1 : p.src.length;
  return { p, name, edits, end, indent: p.indentAt(s.from) };
}
