/**
 * What the fixes share: the program's Lezer tree, statements by line, the function around a
 * node, indentation, fresh names and source edits. A fix reads the tree and rewrites only the
 * ranges it must, so the rest of the program (formatting, comments) stays as the user wrote it.
 */
import { parser } from '@lezer/python';
import type { SyntaxNode, Tree } from '@lezer/common';
import { scan } from '../../parse/scan';
import { buildParseText } from '../../parse/fixups';
import { parse } from '../../parse';

let lastRead: { source: string; program: Program | null } | null = null;

/** A parsed program: its text (line endings "\n") and Lezer tree over the same offsets. */
export class Program {
  readonly tree: Tree;
  private readonly starts: number[] = [0];

  constructor(readonly src: string) {
    // The parser's same-length edits let Lezer read valid Python its grammar lacks.
    const scanned = scan(src);
    this.tree = parser.parse(buildParseText(src, scanned.tokens).text);
    for (let i = 0; i < src.length; i++) if (src[i] === '\n') this.starts.push(i + 1);
  }

  /** The program's text, or null when it has line endings other than "\n" or does not parse. */
  static read(source: string): Program | null {
    // Fixes are tried line after line on one program: read it once.
    if (lastRead?.source === source) return lastRead.program;
    let program: Program | null = null;
    if (!source.includes('\r')) {
      const p = new Program(source);
      let broken = false;
      p.tree.iterate({
        enter: (n) => {
          if (n.type.isError) broken = true;
          return !broken;
        },
      });
      if (!broken) program = p;
    }
    lastRead = { source, program };
    return program;
  }

  text(n: { from: number; to: number }): string {
    return this.src.slice(n.from, n.to);
  }

  /** The 1-based line of an offset. */
  lineOf(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }

  lineStart(line: number): number {
    return this.starts[line - 1] ?? this.src.length;
  }

  /** The whitespace a line starts with. */
  indentAt(offset: number): string {
    const from = this.lineStart(this.lineOf(offset));
    return /^[ \t]*/.exec(this.src.slice(from))![0];
  }

  /** The indentation one level deeper than `indent`, in the program's own unit (4 spaces if it has none). */
  deeper(indent: string): string {
    const m = /\n([ \t]+)\S/.exec(this.src);
    return indent + (m ? m[1] : '    ');
  }

  /**
   * Statements that begin on `line`, outermost first; for a line inside a statement that began
   * earlier (a call spread over lines), the simple statement that holds it.
   */
  statementsOn(line: number): SyntaxNode[] {
    const out: SyntaxNode[] = [];
    let holder: SyntaxNode | null = null;
    const from = this.lineStart(line);
    const to = Math.max(from, this.lineStart(line + 1) - 1);
    this.tree.iterate({
      from,
      to,
      enter: (n) => {
        if (!isStatement(n.node)) return;
        if (this.lineOf(n.from) === line) out.push(n.node);
        else if (n.from < from && n.to > from && !n.node.getChild('Body')) holder = n.node;
      },
    });
    return out.length || !holder ? out : [holder];
  }

  /** Whether the program binds or reads `name` anywhere. */
  uses(name: string): boolean {
    let found = false;
    this.tree.iterate({
      enter: (n) => {
        if (found) return false;
        if ((n.name === 'VariableName' || n.name === 'PropertyName') && this.text(n) === name) found = true;
      },
    });
    return found;
  }

  /** `base`, or `base_2`, `base_3`, ... : the first name the program does not use. */
  freshName(base: string): string {
    if (!this.uses(base)) return base;
    for (let k = 2; ; k++) if (!this.uses(`${base}_${k}`)) return `${base}_${k}`;
  }

  /** Whether there is a comment between the two offsets. */
  hasComment(from: number, to: number): boolean {
    let found = false;
    this.tree.iterate({
      from,
      to,
      enter: (n) => {
        if (n.name === 'Comment' && n.from >= from && n.to <= to) found = true;
      },
    });
    return found;
  }
}

const STATEMENT = /Statement$|^(FunctionDefinition|ClassDefinition)$/;

const isStatement = (n: SyntaxNode): boolean => STATEMENT.test(n.name) && n.name !== 'DecoratedStatement';

/**
 * The function a node runs in when it runs as part of that function's own body: null when it is
 * at module level, or inside a lambda, comprehension or class body on the way (where `await`
 * would mean something else, or nothing).
 */
export function enclosingFunction(n: SyntaxNode): SyntaxNode | null {
  for (let p = n.parent; p; p = p.parent) {
    if (p.name === 'FunctionDefinition') return p;
    if (p.name === 'LambdaExpression' || p.name === 'ClassDefinition' || /Comprehension/.test(p.name)) return null;
  }
  return null;
}

export const isAsyncDef = (fn: SyntaxNode | null): boolean => fn !== null && fn.firstChild?.name === 'async';

/** The async def a node's code runs in directly, or null. */
export function asyncFunctionOf(n: SyntaxNode): SyntaxNode | null {
  const fn = enclosingFunction(n);
  return isAsyncDef(fn) ? fn : null;
}

/** The children of a node, in order. */
export function children(n: SyntaxNode): SyntaxNode[] {
  const out: SyntaxNode[] = [];
  for (let c = n.firstChild; c; c = c.nextSibling) out.push(c);
  return out;
}

/** Every node under `n` (itself included) that `keep` accepts, in source order. */
export function findAll(n: SyntaxNode, keep: (m: SyntaxNode) => boolean): SyntaxNode[] {
  const out: SyntaxNode[] = [];
  const walk = (m: SyntaxNode): void => {
    if (keep(m)) out.push(m);
    for (let c = m.firstChild; c; c = c.nextSibling) walk(c);
  };
  walk(n);
  return out;
}

/** A call's parts: the callee's text and its argument list (with the parentheses). */
export function callParts(p: Program, call: SyntaxNode): { callee: string; args: SyntaxNode } | null {
  const args = call.lastChild;
  if (call.name !== 'CallExpression' || !call.firstChild || args?.name !== 'ArgList') return null;
  return { callee: p.text(call.firstChild), args };
}

/** The text inside a call's parentheses. */
export const argsText = (p: Program, args: SyntaxNode): string => p.src.slice(args.from + 1, args.to - 1);

/** The statements of a function's body (its Body node's statement children). */
export function bodyStatements(fn: SyntaxNode): SyntaxNode[] {
  const body = fn.getChild('Body');
  return body ? children(body).filter(isStatement) : [];
}

/** The def whose code a node is (lambdas and comprehensions count as their def's code here). */
function ownDef(n: SyntaxNode): SyntaxNode | null {
  for (let p = n.parent; p; p = p.parent) if (p.name === 'FunctionDefinition') return p;
  return null;
}

/** Whether `n` holds a `return` or `yield` of the function `fn` (not of a def nested in it). */
export function returnsOrYields(n: SyntaxNode, fn: SyntaxNode): boolean {
  return findAll(n, (m) => m.name === 'ReturnStatement' || m.name === 'YieldExpression').some((m) => {
    const def = ownDef(m);
    return def !== null && sameNode(def, fn);
  });
}

export const sameNode = (a: SyntaxNode, b: SyntaxNode): boolean =>
  a.from === b.from && a.to === b.to && a.name === b.name;

/** A replacement of the source range [from, to). */
export interface Edit {
  from: number;
  to: number;
  text: string;
}

/** The source with non-overlapping edits made (in any order). */
function applyEdits(src: string, edits: Edit[]): string {
  let out = src;
  for (const e of [...edits].sort((a, b) => b.from - a.from)) out = out.slice(0, e.from) + e.text + out.slice(e.to);
  return out;
}

/**
 * The source with the edits made (and `import asyncio` added when `asyncio` says so), or null when
 * the result is not a program Python accepts (a rewrite must never hand back a broken program).
 */
export function rewritten(source: string, edits: Edit[], asyncio: boolean): string | null {
  const out = asyncio ? withAsyncioImport(applyEdits(source, edits)) : applyEdits(source, edits);
  return parse(out).diagnostics.length === 0 ? out : null;
}

/**
 * The program with `import asyncio` (a fix's rewrite uses the module): as it is when the module
 * already imports it, else with the line added before its first import (or first statement,
 * after a docstring and `from __future__` imports).
 */
function withAsyncioImport(source: string): string {
  const p = new Program(source);
  const top = children(p.tree.topNode).filter(isStatement);
  const imported = top.some(
    (s) =>
      s.name === 'ImportStatement' && /^import\s/.test(p.text(s)) && /(^import|,)\s*asyncio\s*(,|$)/.test(p.text(s)),
  );
  if (imported) return source;
  let at = top.find((s) => {
    const t = p.text(s);
    if (/^from\s+__future__\s/.test(t)) return false;
    return !(s === top[0] && s.name === 'ExpressionStatement' && s.firstChild?.name === 'String');
  });
  const imp = top.find((s) => s.name === 'ImportStatement' && !/^from\s+__future__\s/.test(p.text(s)));
  if (imp && (!at || imp.from <= at.from)) at = imp;
  const pos = at ? p.lineStart(p.lineOf(at.from)) : source.length;
  const sep = pos === source.length && source.length > 0 && !source.endsWith('\n') ? '\n' : '';
  return source.slice(0, pos) + sep + 'import asyncio\n' + source.slice(pos);
}
