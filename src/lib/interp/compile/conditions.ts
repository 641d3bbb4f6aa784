/**
 * Conditions: the test of an `if`, `while`, `assert`, conditional expression or comprehension
 * `if`, compiled to a JS boolean the way CPython compiles a jump on it: `not` and `and`/`or` are
 * jumps themselves, each operand tested in turn. What matters is where a failing truth test
 * (`__bool__` or `__len__` raising) is located (caret lines, compile/positions.ts): from 3.12 at
 * the operand tested; in 3.11 at the construct holding the condition (the statement, the
 * conditional expression, the comprehension), which its jumps were located at.
 */
import type * as ir from '../../ir/types';
import type { PyValue, SourceSpan } from '../../runtime/core';
import { truthy } from '../../runtime/ops';
import { run } from '../../runtime/run';
import type { Frame } from '../frame';
import type { CompileContext } from './context';

export type Cond = (f: Frame) => boolean;
type GCond = (f: Frame) => Generator<PyValue, boolean, PyValue>;

/** The span a truth test of `operand` (tested as part of a condition held by `holder`) is noted at. */
export function testedAt(cx: CompileContext, operand: ir.Expr, holder: SourceSpan): SourceSpan | null {
  if (!cx.positions) return null;
  return run.minor >= 12 ? operand.span : holder;
}

/** `test` as a condition held by `holder` (its truth test noted as CPython locates it). */
export function compileCondition(cx: CompileContext, test: ir.Expr, holder: SourceSpan): Cond {
  if (test.type === 'UnaryOp' && test.op === 'not') {
    const c = compileCondition(cx, test.operand, holder);
    return (f) => !c(f);
  }
  if (test.type === 'BoolOp') {
    const cs = test.values.map((v) => compileCondition(cx, v, holder));
    const isAnd = test.op === 'and';
    return (f) => {
      for (let i = 0; i < cs.length; i++) if (cs[i](f) !== isAnd) return !isAnd;
      return isAnd;
    };
  }
  const x = cx.expr(test);
  const pos = testedAt(cx, test, holder);
  return (f) => {
    const v = x(f);
    if (v === true || v === false) return v;
    f.pos = pos;
    return truthy(v);
  };
}

/** The suspending form of compileCondition (a test with an `await` in it). */
export function compileConditionSuspending(cx: CompileContext, test: ir.Expr, holder: SourceSpan): GCond {
  if (test.type === 'UnaryOp' && test.op === 'not') {
    const c = compileConditionSuspending(cx, test.operand, holder);
    return function* (f) {
      return !(yield* c(f));
    };
  }
  if (test.type === 'BoolOp') {
    const cs = test.values.map((v) => compileConditionSuspending(cx, v, holder));
    const isAnd = test.op === 'and';
    return function* (f) {
      for (let i = 0; i < cs.length; i++) if ((yield* cs[i](f)) !== isAnd) return !isAnd;
      return isAnd;
    };
  }
  const x = cx.gx(test);
  const pos = testedAt(cx, test, holder);
  return function* (f) {
    const v = yield* x(f);
    if (v === true || v === false) return v;
    f.pos = pos;
    return truthy(v);
  };
}
