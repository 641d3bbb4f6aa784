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
  const op = (BIN_OPS.has(opText) ? opText : '+') as BinOperator;
  return { type: 'BinOp', span, op, left: lx.expr(leftNode), right: lx.expr(rightNode) };
}

export function lowerUnary(lx: LowerContext, n: N, span: Span): Expr {
  const k = lx.kids(n);
  const opText = k[0] ? lx.text(k[0]) : '-';
  const op = opText === 'not' ? 'not' : opText === '+' ? '+' : opText === '~' ? '~' : '-';
  if (op === 'not' && k[1]) return lowerNot(lx, n.from, k[1]);
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
 * `await` binds tighter than any binary operator in Python (`await x + 1` is
 * `(await x) + 1`), but Lezer's grammar lets it take a whole binary expression. Rotate:
 * the await applies to the leftmost operand.
 */
export function lowerAwait(lx: LowerContext, n: N): Expr {
  const k = lx.kids(n);
  const operand = k[1];
  if (operand && (operand.name === 'UnaryExpression' || operand.name === 'AwaitExpression')) {
    const opTok = lx.kids(operand)[0];
    lx.error('invalid syntax', (opTok ?? operand).from, (opTok ?? operand).to);
  }
  const apply = (node: N | undefined): Expr => {
    if (node && node.name === 'BinaryExpression') {
      const bk = lx.kids(node);
      const opText = bk.length === 3 ? lx.text(bk[1]) : '';
      if (BIN_OPS.has(opText)) {
        const left = apply(bk[0]);
        return {
          type: 'BinOp',
          span: lx.span(n.from, node.to),
          op: opText as BinOperator,
          left,
          right: lx.expr(bk[2]),
        };
      }
    }
    return { type: 'Await', span: lx.span(n.from, node ? node.to : n.to), value: lx.expr(node) };
  };
  return apply(operand);
}
