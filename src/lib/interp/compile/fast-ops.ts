/**
 * Arithmetic and comparisons with the operator known at compile time: one closure per operator,
 * each with a fast path for two ints (bigint) or two floats (number) where JS computes exactly
 * what Python does, and the full protocol (ops.ts) for everything else.
 *
 * Exact by construction: int + - * and float + - * / are the same operations in JS (bigints
 * do not overflow; floats are IEEE doubles in both); `//` and `%` take the fast path only for a
 * non-negative dividend and positive divisor, where truncating and flooring agree; `<` and the
 * other orderings compare ints and floats exactly in JS, mixed ones too (NaN is false in both);
 * `==` is identity for two ints, two floats (NaN != NaN, 0.0 == -0.0 in both) or two strs.
 *
 * `pos`: the operation's span in the program's code (null in Loopline's own), noted in the frame
 * before the full protocol runs (caret lines, compile/positions.ts); the fast paths cannot fail.
 */
import type { PyValue, SourceSpan } from '../../runtime/core';
import { binop, compare } from '../../runtime/ops';
import type { X } from './context';

export function binopClosure(op: string, l: X, r: X, pos: SourceSpan | null): X {
  switch (op) {
    case '+':
      return (f) => {
        const a = l(f);
        const b = r(f);
        if (typeof a === 'bigint' && typeof b === 'bigint') return a + b;
        if (typeof a === 'number' && typeof b === 'number') return a + b;
        f.pos = pos;
        return binop('+', a, b);
      };
    case '-':
      return (f) => {
        const a = l(f);
        const b = r(f);
        if (typeof a === 'bigint' && typeof b === 'bigint') return a - b;
        if (typeof a === 'number' && typeof b === 'number') return a - b;
        f.pos = pos;
        return binop('-', a, b);
      };
    case '*':
      return (f) => {
        const a = l(f);
        const b = r(f);
        if (typeof a === 'bigint' && typeof b === 'bigint') return a * b;
        if (typeof a === 'number' && typeof b === 'number') return a * b;
        f.pos = pos;
        return binop('*', a, b);
      };
    case '/':
      return (f) => {
        const a = l(f);
        const b = r(f);
        if (typeof a === 'number' && typeof b === 'number' && b !== 0) return a / b;
        f.pos = pos;
        return binop('/', a, b);
      };
    case '//':
      return (f) => {
        const a = l(f);
        const b = r(f);
        if (typeof a === 'bigint' && typeof b === 'bigint' && a >= 0n && b > 0n) return a / b;
        f.pos = pos;
        return binop('//', a, b);
      };
    case '%':
      return (f) => {
        const a = l(f);
        const b = r(f);
        if (typeof a === 'bigint' && typeof b === 'bigint' && a >= 0n && b > 0n) return a % b;
        f.pos = pos;
        return binop('%', a, b);
      };
  }
  return (f) => {
    const a = l(f);
    const b = r(f);
    f.pos = pos;
    return binop(op, a, b);
  };
}

const isNum = (v: PyValue): v is bigint | number => typeof v === 'bigint' || typeof v === 'number';

export function compareClosure(op: string, l: X, r: X, pos: SourceSpan | null): X {
  switch (op) {
    case '<':
      return (f) => {
        const a = l(f);
        const b = r(f);
        if (isNum(a) && isNum(b)) return a < b;
        f.pos = pos;
        return compare('<', a, b);
      };
    case '<=':
      return (f) => {
        const a = l(f);
        const b = r(f);
        if (isNum(a) && isNum(b)) return a <= b;
        f.pos = pos;
        return compare('<=', a, b);
      };
    case '>':
      return (f) => {
        const a = l(f);
        const b = r(f);
        if (isNum(a) && isNum(b)) return a > b;
        f.pos = pos;
        return compare('>', a, b);
      };
    case '>=':
      return (f) => {
        const a = l(f);
        const b = r(f);
        if (isNum(a) && isNum(b)) return a >= b;
        f.pos = pos;
        return compare('>=', a, b);
      };
    case '==':
      return (f) => {
        const a = l(f);
        const b = r(f);
        const t = typeof a;
        if (t === typeof b && (t === 'bigint' || t === 'number' || t === 'string')) return a === b;
        f.pos = pos;
        return compare('==', a, b);
      };
    case '!=':
      return (f) => {
        const a = l(f);
        const b = r(f);
        const t = typeof a;
        if (t === typeof b && (t === 'bigint' || t === 'number' || t === 'string')) return a !== b;
        f.pos = pos;
        return compare('!=', a, b);
      };
  }
  return (f) => {
    const a = l(f);
    const b = r(f);
    f.pos = pos;
    return compare(op, a, b);
  };
}
