/** Operators: binary, unary, `and`/`or`, comparison chains and `x if c else y`, each plain and suspending. */
import type * as ir from '../../ir/types';
import type { PyValue } from '../../runtime/core';
import { truthy, binop, unaryop, compare } from '../../runtime/ops';
import { run } from '../../runtime/run';
import type { X, GX, CompileContext } from './context';
import { binopClosure, compareClosure } from './fast-ops';
import { compileCondition, compileConditionSuspending } from './conditions';

/** The span an operation notes in its frame before it runs, in the program's code (caret lines, compile/positions.ts). */
const posOf = (cx: CompileContext, e: ir.Expr) => (cx.positions ? e.span : null);

export function compileBinOp(cx: CompileContext, e: ir.BinOp): X {
  const l = cx.expr(e.left);
  const r = cx.expr(e.right);
  return binopClosure(e.op, l, r, posOf(cx, e));
}

export function compileBinOpSuspending(cx: CompileContext, e: ir.BinOp): GX {
  const l = cx.gx(e.left);
  const r = cx.gx(e.right);
  const op = e.op;
  const pos = posOf(cx, e);
  return function* (f) {
    const a = yield* l(f);
    const b = yield* r(f);
    f.pos = pos;
    return binop(op, a, b);
  };
}

export function compileUnaryOp(cx: CompileContext, e: ir.UnaryOp): X {
  const x = cx.expr(e.operand);
  const op = e.op;
  const pos = posOf(cx, e);
  if (op === 'not')
    return (f) => {
      const v = x(f);
      if (v === true || v === false) return !v;
      // __bool__ or __len__ may fail.
      f.pos = pos;
      return !truthy(v);
    };
  if (op === '-')
    return (f) => {
      const v = x(f);
      if (typeof v === 'bigint' || typeof v === 'number') return -v;
      f.pos = pos;
      return unaryop('-', v);
    };
  return (f) => {
    const v = x(f);
    f.pos = pos;
    return unaryop(op, v);
  };
}

export function compileUnaryOpSuspending(cx: CompileContext, e: ir.UnaryOp): GX {
  const x = cx.gx(e.operand);
  const op = e.op;
  const pos = posOf(cx, e);
  return function* (f) {
    const v = yield* x(f);
    f.pos = pos;
    return unaryop(op, v);
  };
}

/** `a and b`, `a or b` as a value: a failing truth test is located at the whole expression. */
export function compileBoolOp(cx: CompileContext, e: ir.BoolOp): X {
  const xs = e.values.map((v) => cx.expr(v));
  const pos = posOf(cx, e);
  if (e.op === 'and')
    return (f) => {
      let v: PyValue = null;
      for (const x of xs) {
        v = x(f);
        if (v === false) return v;
        if (v === true) continue;
        f.pos = pos;
        if (!truthy(v)) return v;
      }
      return v;
    };
  return (f) => {
    let v: PyValue = null;
    for (const x of xs) {
      v = x(f);
      if (v === true) return v;
      if (v === false) continue;
      f.pos = pos;
      if (truthy(v)) return v;
    }
    return v;
  };
}

export function compileBoolOpSuspending(cx: CompileContext, e: ir.BoolOp): GX {
  const xs = e.values.map((v) => cx.gx(v));
  const isAnd = e.op === 'and';
  const pos = posOf(cx, e);
  return function* (f) {
    let v: PyValue = null;
    for (const x of xs) {
      v = yield* x(f);
      if (v !== true && v !== false) f.pos = pos;
      if (truthy(v) !== isAnd) return v;
    }
    return v;
  };
}

export function compileCompare(cx: CompileContext, e: ir.Compare): X {
  checkIsLiteral(cx, e);
  const l = cx.expr(e.left);
  const rs = e.comparators.map((c) => cx.expr(c));
  const ops = e.ops;
  const pos = posOf(cx, e);
  if (ops.length === 1) return compareClosure(ops[0], l, rs[0], pos);
  return (f) => {
    let a = l(f);
    let res: PyValue = true;
    for (let i = 0; i < ops.length; i++) {
      const b = rs[i](f);
      f.pos = pos;
      res = compare(ops[i], a, b);
      if (!truthy(res)) return res;
      a = b;
    }
    return res;
  };
}

export function compileCompareSuspending(cx: CompileContext, e: ir.Compare): GX {
  checkIsLiteral(cx, e);
  const l = cx.gx(e.left);
  const rs = e.comparators.map((c) => cx.gx(c));
  const ops = e.ops;
  const pos = posOf(cx, e);
  return function* (f) {
    let a = yield* l(f);
    let res: PyValue = true;
    for (let i = 0; i < ops.length; i++) {
      const b = yield* rs[i](f);
      f.pos = pos;
      res = compare(ops[i], a, b);
      if (!truthy(res)) return res;
      a = b;
    }
    return res;
  };
}

/** The type of the constant CPython 3.11-3.13's AST optimizer folds an operation on constants into, or null. */
function foldedType(x: ir.Expr): string | null {
  if (x.type === 'Const') return x.kind === 'bool' ? 'int' : x.kind === 'None' || x.kind === 'Ellipsis' ? null : x.kind;
  if (x.type === 'UnaryOp' && (x.op === '-' || x.op === '+')) {
    const t = foldedType(x.operand);
    return t === 'int' || t === 'float' || t === 'complex' ? t : null;
  }
  if (x.type !== 'BinOp') return null;
  const l = foldedType(x.left);
  const r = foldedType(x.right);
  if (l === null || r === null) return null;
  const numeric = (t: string) => t === 'int' || t === 'float' || t === 'complex';
  if ((l === 'str' || l === 'bytes') && x.op === '+' && r === l) return l;
  if (x.op === '*' && (l === 'str' || l === 'bytes') && r === 'int') return l;
  if (x.op === '*' && (r === 'str' || r === 'bytes') && l === 'int') return r;
  if (!numeric(l) || !numeric(r)) return null;
  // A division by a literal zero raises at run time: nothing is folded.
  const zero = x.right.type === 'Const' && (x.right.value === 0n || x.right.value === 0);
  if ((x.op === '/' || x.op === '//' || x.op === '%') && zero) return null;
  if (l === 'complex' || r === 'complex') return x.op === '//' || x.op === '%' ? null : 'complex';
  if (l === 'float' || r === 'float') return ['+', '-', '*', '/', '//', '%', '**'].includes(x.op) ? 'float' : null;
  if (x.op === '/') return 'float';
  if (x.op === '**' && x.right.type === 'UnaryOp' && x.right.op === '-') return 'float';
  return ['+', '-', '*', '//', '%', '**', '<<', '>>', '&', '|', '^'].includes(x.op) ? 'int' : null;
}

/** CPython's compile-time SyntaxWarning for `x is 1`, `"a" is not y` and the like. */
export function checkIsLiteral(cx: CompileContext, e: ir.Compare): void {
  if (!cx.warns) return;
  const literalType = (x: ir.Expr): string | null => {
    if (x.type === 'Const') {
      if (x.kind === 'None' || x.kind === 'bool' || x.kind === 'Ellipsis') return null;
      return x.kind;
    }
    // Constant folding turns `-1` into an int literal.
    if (x.type === 'UnaryOp' && (x.op === '-' || x.op === '+') && x.operand.type === 'Const')
      return literalType(x.operand);
    if (x.type === 'Tuple' && x.elts.every((el) => literalType(el) !== null || el.type === 'Const')) return 'tuple';
    // Up to 3.13 the AST optimizer folds `255 + 1` into a constant before this check.
    if (x.type === 'BinOp' && run.minor <= 13) return foldedType(x);
    return null;
  };
  let left = e.left;
  e.ops.forEach((op, i) => {
    const right = e.comparators[i];
    if (op === 'is' || op === 'is not') {
      const t = literalType(left) ?? literalType(right);
      if (t !== null) {
        const hint = op === 'is' ? '==' : '!=';
        cx.warnings.push({
          line: e.span.line,
          span: e.span,
          // 3.11 does not name the literal's type
          text: `SyntaxWarning: "${op}" with ${run.minor >= 12 ? `'${t}'` : 'a'} literal. Did you mean "${hint}"?`,
        });
      }
    }
    left = right;
  });
}

export function compileIfExp(cx: CompileContext, e: ir.IfExp): X {
  const t = compileCondition(cx, e.test, e.span);
  const a = cx.expr(e.body);
  const b = cx.expr(e.orelse);
  return (f) => (t(f) ? a(f) : b(f));
}

export function compileIfExpSuspending(cx: CompileContext, e: ir.IfExp): GX {
  const t = compileConditionSuspending(cx, e.test, e.span);
  const a = cx.gx(e.body);
  const b = cx.gx(e.orelse);
  return function* (f) {
    return (yield* t(f)) ? yield* a(f) : yield* b(f);
  };
}
