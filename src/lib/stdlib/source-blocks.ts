/**
 * `_source`: where the program's `def`s, `class`es and lambdas are in its text, for inspect's
 * getsource. CPython tokenizes the file from the object's first line to the end of its block
 * (inspect.getblock); the parsed program already knows each statement's last line, and the
 * comments after it that are indented as far as its body are added as getblock adds them.
 */
import type { Module, Span } from '../ir/types';
import { PyList, PyModule, PyTuple, type PyValue } from '../runtime/core';
import { defNative } from '../runtime/native';
import { toIndex } from '../runtime/ops';
import { run } from '../runtime/run';

interface Node {
  type: string;
  span: Span;
  name?: string;
  pyName?: string;
  body?: unknown;
}

/** Statements a lambda's logical line can end with (CPython's block of a lambda is its line). */
const SIMPLE = new Set(['ExprStmt', 'Assign', 'AugAssign', 'AnnAssign', 'Return']);

function isNode(v: unknown): v is Node {
  return typeof v === 'object' && v !== null && typeof (v as Node).type === 'string' && 'span' in v;
}

/** Every node of the tree, with the nodes it is inside (outermost first). */
function walk(v: unknown, path: Node[], visit: (n: Node, path: Node[]) => void): void {
  if (Array.isArray(v)) {
    for (const x of v) walk(x, path, visit);
    return;
  }
  if (!isNode(v)) return;
  visit(v, path);
  const inner = [...path, v];
  for (const [k, x] of Object.entries(v)) if (k !== 'span' && typeof x === 'object') walk(x, inner, visit);
}

const indentOf = (line: string) => line.length - line.trimStart().length;

/** The last line (1-based) of the block starting at `first`, or null when nothing starts there. */
function blockEnd(program: Module, first: number): number | null {
  let found: { node: Node; path: Node[] } | null = null;
  walk(program.body, [], (n, path) => {
    if (found === null && n.span.line === first && (n.type === 'FunctionDef' || n.type === 'ClassDef'))
      found = { node: n, path };
  });
  if (found === null) {
    let end: number | null = null;
    walk(program.body, [], (n, path) => {
      if (end !== null || n.type !== 'Lambda' || n.span.line !== first) return;
      const stmt = [...path].reverse().find((p) => SIMPLE.has(p.type));
      end = (stmt ?? n).span.endLine;
    });
    return end;
  }
  const { node } = found as { node: Node };
  const lines = program.lines;
  let last = node.span.endLine;
  const body = Array.isArray(node.body) ? (node.body as unknown[]) : [];
  const head = body[0];
  // getblock keeps the comments after the block that are indented as far as its body.
  // (Only a body on lines of its own: `def f(): return 1` has no indented body.)
  const bodyLine = isNode(head) ? lines[head.span.line - 1] : undefined;
  if (isNode(head) && bodyLine !== undefined && bodyLine.slice(0, head.span.col).trim() === '') {
    const bodyCol = indentOf(bodyLine);
    for (let i = last; i < lines.length; i++) {
      const text = lines[i].trim();
      if (text === '') continue;
      if (!text.startsWith('#')) break;
      if (indentOf(lines[i]) >= bodyCol) last = i + 1;
    }
  }
  return last;
}

/** Find the class CPython 3.11/3.12 find by walking the module for its qualified name. */
function classLine(program: Module, qualname: string): number | null {
  let line: number | null = null;
  walk(program.body, [], (n, path) => {
    if (line !== null || n.type !== 'ClassDef') return;
    const names: string[] = [];
    for (const p of path) {
      if (p.type === 'FunctionDef') names.push(p.pyName ?? p.name!, '<locals>');
      else if (p.type === 'ClassDef') names.push(p.pyName ?? p.name!);
    }
    names.push(n.pyName ?? n.name!);
    if (names.join('.') === qualname) line = n.span.line;
  });
  return line;
}

export function makeSource(program: Module): PyModule {
  const d = new Map<string, PyValue>([['file', run.filePath]]);
  d.set(
    'lines',
    defNative('lines', '()', () => new PyList(program.lines.map((l) => l + '\n'))),
  );
  d.set(
    'block',
    defNative('block', '(first, /)', ([first]) => {
      const start = Number(toIndex(first));
      const end = blockEnd(program, start);
      return end === null ? null : new PyTuple([BigInt(start), BigInt(end)]);
    }),
  );
  d.set(
    'class_line',
    defNative('class_line', '(qualname, /)', ([q]) => {
      const line = classLine(program, String(q));
      return line === null ? null : BigInt(line);
    }),
  );
  return new PyModule('_source', d);
}
