import { describe, it, expect } from 'vitest';
import { parse } from '../../../src/lib/parse';
import type { Expr } from '../../../src/lib/ir/types';

function shape(e: Expr): string {
  switch (e.type) {
    case 'Name':
      return e.id;
    case 'UnaryOp':
      return `(${e.op} ${shape(e.operand)})`;
    case 'BoolOp':
      return '(' + e.values.map(shape).join(` ${e.op} `) + ')';
    case 'Compare':
      return `(${shape(e.left)} ${e.ops.join(' ')} ${e.comparators.map(shape).join(' ')})`;
    default:
      return e.type;
  }
}

function valueOf(src: string): string {
  const r = parse(`x = ${src}\n`);
  expect(r.diagnostics).toEqual([]);
  const st = r.module.body[0];
  if (st.type !== 'Assign') throw new Error('not an assignment');
  return shape(st.value);
}

// Lezer's grammar nests `not a and b` as `not (a and b)`; Python binds `not` tighter than and/or.
describe('not binds tighter than and/or', () => {
  it.each([
    ['not a and b', '((not a) and b)'],
    ['not a or b', '((not a) or b)'],
    ['not a and b or c', '(((not a) and b) or c)'],
    ['not a and not b', '((not a) and (not b))'],
    ['not (a and b)', '(not (a and b))'],
    ['not a == b', '(not (a == b))'],
    ['a and not b', '(a and (not b))'],
  ])('%s', (src, want) => {
    expect(valueOf(src)).toBe(want);
  });
});
