/**
 * The program's shape, as the doctor reads it beside the run: its functions, the statements of
 * each block, the names an expression uses, the dotted name a call calls. Only what the findings
 * need; the run decides whether a mistake happened, the shape says where and what it looks like.
 */
import type { Call, Expr, FunctionDef, Module, Stmt } from '../ir/types';
import { forEachChild } from '../parse/walk';

/** A statement's own expressions and the blocks (statement lists) nested in it. */
export function stmtParts(s: Stmt): { exprs: Expr[]; blocks: Stmt[][] } {
  switch (s.type) {
    case 'Expr':
      return { exprs: [s.value], blocks: [] };
    case 'Assign':
      return { exprs: [...s.targets, s.value], blocks: [] };
    case 'AugAssign':
      return { exprs: [s.target, s.value], blocks: [] };
    case 'AnnAssign':
      return { exprs: s.value ? [s.target, s.value] : [s.target], blocks: [] };
    case 'FunctionDef':
      return { exprs: s.decorators, blocks: [s.body] };
    case 'ClassDef':
      return { exprs: [...s.bases, ...s.decorators], blocks: [s.body] };
    case 'Return':
      return { exprs: s.value ? [s.value] : [], blocks: [] };
    case 'If':
    case 'While':
      return { exprs: [s.test], blocks: [s.body, s.orelse] };
    case 'For':
      return { exprs: [s.target, s.iter], blocks: [s.body, s.orelse] };
    case 'With':
      return {
        exprs: s.items.flatMap((i) => (i.target ? [i.context, i.target] : [i.context])),
        blocks: [s.body],
      };
    case 'Try':
      return {
        exprs: s.handlers.flatMap((h) => (h.type ? [h.type] : [])),
        blocks: [s.body, ...s.handlers.map((h) => h.body), s.orelse, s.finalbody],
      };
    case 'Raise':
      return { exprs: [s.exc, s.cause].filter((e): e is Expr => e !== null), blocks: [] };
    case 'Assert':
      return { exprs: s.msg ? [s.test, s.msg] : [s.test], blocks: [] };
    case 'Delete':
      return { exprs: s.targets, blocks: [] };
    case 'Match':
      return {
        exprs: [s.subject, ...s.cases.flatMap((c) => (c.guard ? [c.guard] : []))],
        blocks: s.cases.map((c) => c.body),
      };
    default:
      return { exprs: [], blocks: [] };
  }
}

/** Every expression node under `e` (itself included), depth first. */
export function eachExpr(e: Expr, f: (x: Expr) => void): void {
  f(e);
  forEachChild(e, (x) => eachExpr(x, f));
}

/** Every statement of the module, nested ones included, with the innermost function holding it. */
export function eachStmt(
  body: Stmt[],
  f: (s: Stmt, fn: FunctionDef | null) => void,
  fn: FunctionDef | null = null,
): void {
  for (const s of body) {
    f(s, fn);
    const inner = s.type === 'FunctionDef' ? s : s.type === 'ClassDef' ? null : fn;
    for (const b of stmtParts(s).blocks) eachStmt(b, f, inner);
  }
}

/** Every statement list (block) of the module: function bodies, loop bodies, branches. */
export function eachBlock(
  body: Stmt[],
  f: (block: Stmt[], fn: FunctionDef | null) => void,
  fn: FunctionDef | null = null,
): void {
  f(body, fn);
  for (const s of body) {
    const inner = s.type === 'FunctionDef' ? s : s.type === 'ClassDef' ? null : fn;
    for (const b of stmtParts(s).blocks) eachBlock(b, f, inner);
  }
}

/** The names an expression reads or binds (every Name node under it). */
export function namesIn(e: Expr, out = new Set<string>()): Set<string> {
  eachExpr(e, (x) => {
    if (x.type === 'Name') out.add(x.id);
    else if (x.type === 'NamedExpr') out.add(x.target.id);
  });
  return out;
}

/** `a.b.c` for a call to a name or an attribute chain of names; null otherwise. */
export function dottedName(e: Expr): string | null {
  if (e.type === 'Name') return e.id;
  if (e.type === 'Attribute') {
    const base = dottedName(e.value);
    return base === null ? null : `${base}.${e.attr}`;
  }
  return null;
}

/** The name a call's callee ends with (`fetch` for `fetch(1)` and `self.fetch(1)`); null otherwise. */
export function calleeName(c: Call): string | null {
  if (c.func.type === 'Name') return c.func.id;
  if (c.func.type === 'Attribute') return c.func.attr;
  return null;
}

/** What the doctor reads of a program's text. */
export class Program {
  /** Every function definition, in source order. */
  readonly functions: FunctionDef[] = [];
  constructor(readonly module: Module) {
    eachStmt(module.body, (s) => {
      if (s.type === 'FunctionDef') this.functions.push(s);
    });
  }

  /** The innermost function whose body holds `line` (null: module level). */
  functionAt(line: number): FunctionDef | null {
    let best: FunctionDef | null = null;
    for (const f of this.functions)
      if (f.span.line <= line && line <= f.span.endLine && (!best || f.span.line >= best.span.line)) best = f;
    return best;
  }

  /** The calls on `line` whose dotted callee name passes `test`, outermost first. */
  callsAt(line: number, test: (name: string) => boolean): { call: Call; name: string }[] {
    const out: { call: Call; name: string }[] = [];
    eachStmt(this.module.body, (s) => {
      if (s.span.line > line || s.span.endLine < line) return;
      for (const e of stmtParts(s).exprs)
        eachExpr(e, (x) => {
          if (x.type !== 'Call' || x.span.line !== line) return;
          const name = dottedName(x.func);
          if (name !== null && test(name) && !out.some((o) => o.call === x)) out.push({ call: x, name });
        });
    });
    return out;
  }

  /** Whether the program's text names `word` anywhere (a name or an attribute). */
  mentions(word: string): boolean {
    let found = false;
    eachStmt(this.module.body, (s) => {
      if (found) return;
      for (const e of stmtParts(s).exprs)
        eachExpr(e, (x) => {
          if ((x.type === 'Name' && x.id === word) || (x.type === 'Attribute' && x.attr === word)) found = true;
        });
    });
    return found;
  }
}

/** A function's name as a learner reads it in a message: `fetch()`. */
export function fnLabel(name: string): string {
  const parts = name.split('.');
  return `${parts[parts.length - 1]}()`;
}
