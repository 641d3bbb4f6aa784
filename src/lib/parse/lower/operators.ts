/** Operators: binary, boolean, comparison chains, `not` and `await`, regrouped where Lezer's precedence differs from Python's. */
import type { BinOperator, CmpOperator, Expr, Span } from '../../ir/types';
import type { N, LowerContext } from './context';

export const BIN_OPS = new Set(['+', '-', '*', '/', '//', '%', '**', '@', '<<', '>>', '&', '|', '^']);
const CMP_OPS = new Set(['==', '!=', '<', '<=', '>', '>=', 'is', 'is not', 'in', 'not in']);

export function lowerBinary(lx: LowerContext, n: N): Expr {
  const k = lx.kids(n);
  const span = lx.nspan(n);
  if (k.length < 3) return lx.bad(n);
  const leftNode = k[0];
  const rightNode = k[k.length - 1];
  const opText = k
    .slice(1, -1)
    .map((c) => lx.text(c))
    .join(' ');
  if (opText === 'and' || opText === 'or') {
    // `a and b and c` is one BoolOp (Lezer nests it to the left).
    const left = lx.expr(leftNode);
    const values =
      leftNode.name === 'BinaryExpression' && left.type === 'BoolOp' && left.op === opText ? [...left.values] : [left];
    values.push(lx.expr(rightNode));
    return { type: 'BoolOp', span, op: opText, values };
  }
  if (CMP_OPS.has(opText) || opText === '<>') {
    if (opText === '<>') lx.error('invalid syntax', k[1].from, k[1].to);
    if (rightNode.name === 'UnaryExpression' && lx.kids(rightNode)[0]?.name === 'not') {
      // `a == not b`: Python's comparison operands cannot start with `not`.
      lx.error('invalid syntax', rightNode.from, lx.kids(rightNode)[0].to);
    }
    // `a < b < c` is one Compare (Lezer nests it to the left).
    const left = lx.expr(leftNode);
    const op = (opText === '<>' ? '!=' : opText) as CmpOperator;
    const right = lx.expr(rightNode);
    if (leftNode.name === 'BinaryExpression' && left.type === 'Compare') {
      return {
        type: 'Compare',
        span,
        left: left.left,
        ops: [...left.ops, op],
        comparators: [...left.comparators, right],
      };
    }
    return { type: 'Compare', span, left, ops: [op], comparators: [right] };
  }
  if (BIN_OPS.has(opText) && swallows(lx, n)) return regroupArithmetic(lx, n);
  const op = (BIN_OPS.has(opText) ? opText : '+') as BinOperator;
  return { type: 'BinOp', span, op, left: lx.expr(leftNode), right: lx.expr(rightNode) };
}

export function lowerUnary(lx: LowerContext, n: N, span: Span): Expr {
  const k = lx.kids(n);
  const opText = k[0] ? lx.text(k[0]) : '-';
  const op = opText === 'not' ? 'not' : opText === '+' ? '+' : opText === '~' ? '~' : '-';
  if (op === 'not' && k[1]) return lowerNot(lx, n.from, k[1]);
  if (op !== 'not' && swallows(lx, n)) return regroupArithmetic(lx, n);
  return { type: 'UnaryOp', span, op, operand: lx.expr(k[1]) };
}

/**
 * `not` binds tighter than `and`/`or`, but Lezer's grammar parses `not a and b` as
 * `not (a and b)`: push the `not` down to the leftmost operand of an unparenthesised chain.
 */
function lowerNot(lx: LowerContext, from: number, operand: N): Expr {
  if (operand.name === 'BinaryExpression') {
    const k = lx.kids(operand);
    const opText = k.length === 3 ? lx.text(k[1]) : '';
    if (opText === 'and' || opText === 'or') {
      const left = lowerNot(lx, from, k[0]);
      return { type: 'BoolOp', span: lx.span(from, operand.to), op: opText, values: [left, lx.expr(k[2])] };
    }
  }
  return { type: 'UnaryOp', span: lx.span(from, operand.to), op: 'not', operand: lx.expr(operand) };
}

/**
 * `await` binds tighter than any binary operator in Python (`await x + 1` is `(await x) + 1`), but
 * Lezer's grammar lets it take a whole binary expression: regroup (regroupArithmetic).
 */
export function lowerAwait(lx: LowerContext, n: N): Expr {
  const k = lx.kids(n);
  const operand = k[1];
  if (operand && (operand.name === 'UnaryExpression' || operand.name === 'AwaitExpression')) {
    const opTok = lx.kids(operand)[0];
    lx.error('invalid syntax', (opTok ?? operand).from, (opTok ?? operand).to);
  }
  if (swallows(lx, n)) return regroupArithmetic(lx, n);
  return { type: 'Await', span: lx.span(n.from, n.to), value: lx.expr(operand) };
}

function arithmeticOp(lx: LowerContext, n: N): string | null {
  if (n.name !== 'BinaryExpression') return null;
  const k = lx.kids(n);
  const op = k.length === 3 ? lx.text(k[1]) : '';
  return BIN_OPS.has(op) ? op : null;
}

/**
 * Does this arithmetic node hold an `await` (or a sign before one) that Lezer let take the
 * operators after it? Then the chain is regrouped with Python's precedences.
 */
function swallows(lx: LowerContext, n: N): boolean {
  const k = lx.kids(n);
  if (n.name === 'AwaitExpression') return k[1] !== undefined && arithmeticOp(lx, k[1]) !== null;
  if (n.name === 'UnaryExpression') {
    const op = k[0] ? lx.text(k[0]) : '';
    return op !== 'not' && k[1] !== undefined && (k[1].name === 'AwaitExpression' || swallows(lx, k[1]));
  }
  if (arithmeticOp(lx, n) === null) return false;
  return swallows(lx, k[0]) || swallows(lx, k[2]);
}

/** An operand of a flattened arithmetic chain: its node, the signs before it, and whether it is awaited. */
interface Operand {
  node: N;
  signs: { op: '+' | '-' | '~'; from: number }[];
  awaitFrom: number | null;
}

/** The chain as Lezer nested it, flattened: operands and the operators between them, in source order. */
function flatten(lx: LowerContext, n: N, out: (Operand | string)[]): void {
  const k = lx.kids(n);
  const op = arithmeticOp(lx, n);
  if (op !== null) {
    flatten(lx, k[0], out);
    out.push(op);
    flatten(lx, k[2], out);
    return;
  }
  if (n.name === 'AwaitExpression' && k[1] !== undefined && (arithmeticOp(lx, k[1]) !== null || swallows(lx, k[1]))) {
    const start = out.length;
    flatten(lx, k[1], out);
    (out[start] as Operand).awaitFrom = n.from;
    return;
  }
  if (n.name === 'AwaitExpression') {
    out.push({ node: k[1] ?? n, signs: [], awaitFrom: n.from });
    return;
  }
  if (n.name === 'UnaryExpression' && swallows(lx, n)) {
    const start = out.length;
    flatten(lx, k[1], out);
    const sign = lx.text(k[0]);
    (out[start] as Operand).signs.unshift({ op: sign === '+' ? '+' : sign === '~' ? '~' : '-', from: n.from });
    return;
  }
  out.push({ node: n, signs: [], awaitFrom: null });
}

const PRECEDENCE: Record<string, number> = {
  '|': 1,
  '^': 2,
  '&': 3,
  '<<': 4,
  '>>': 4,
  '+': 5,
  '-': 5,
  '*': 6,
  '/': 6,
  '//': 6,
  '%': 6,
  '@': 6,
};

/**
 * An arithmetic chain holding a swallowing `await`, grouped as Python's grammar does: `await`
 * applies to its primary, a power binds tighter than the signs before it (`-await x ** 2` is
 * `-((await x) ** 2)`) and its right side is a factor, and the binary operators by precedence,
 * left to right.
 */
function regroupArithmetic(lx: LowerContext, n: N): Expr {
  const items: (Operand | string)[] = [];
  flatten(lx, n, items);
  let i = 0;
  const primary = (o: Operand): Expr => {
    const value = lx.expr(o.node);
    if (o.awaitFrom === null) return value;
    return { type: 'Await', span: lx.span(o.awaitFrom, value.span.to), value };
  };
  const factor = (): Expr => {
    const o = items[i++] as Operand;
    let e = primary(o);
    if (items[i] === '**') {
      i++;
      const exp = factor();
      e = { type: 'BinOp', span: lx.span(e.span.from, exp.span.to), op: '**', left: e, right: exp };
    }
    for (let j = o.signs.length - 1; j >= 0; j--)
      e = { type: 'UnaryOp', span: lx.span(o.signs[j].from, e.span.to), op: o.signs[j].op, operand: e };
    return e;
  };
  const binary = (min: number): Expr => {
    let left = factor();
    while (i < items.length) {
      const op = items[i] as string;
      const p = PRECEDENCE[op];
      if (p === undefined || p < min) break;
      i++;
      const right = binary(p + 1);
      left = { type: 'BinOp', span: lx.span(left.span.from, right.span.to), op: op as BinOperator, left, right };
    }
    return left;
  };
  return binary(0);
}
