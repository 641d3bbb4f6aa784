/** Assignment and deletion targets: the targets CPython's parser rejects, with its wording. */
import type { Expr } from '../../ir/types';
import { exprName } from '../exprnames';
import type { LowerContext } from './context';

/** Is the expression directly wrapped in parentheses in the source? */
function parenthesized(lx: LowerContext, e: Expr): boolean {
  let p = e.span.from - 1;
  while (p >= 0 && (lx.src[p] === ' ' || lx.src[p] === '\t' || lx.src[p] === '\n')) p--;
  return lx.src[p] === '(';
}

/**
 * CPython's parser rejects assignment/deletion targets that are not names, attributes,
 * subscripts, or (for assignment) tuples/lists/starred of those.
 * `assign-first`: the first target of `=`, where CPython suggests `==`.
 */
export function checkTarget(lx: LowerContext, e: Expr, ctx: 'assign' | 'assign-first' | 'del'): void {
  switch (e.type) {
    case 'Name':
      if (e.id === '__debug__')
        lx.error(ctx === 'del' ? 'cannot delete __debug__' : 'cannot assign to __debug__', e.span.from, e.span.to);
      return;
    case 'Attribute':
    case 'Subscript':
      return;
    case 'Starred':
      if (ctx === 'del') {
        lx.error('cannot delete starred', e.span.from, e.span.to);
        return;
      }
      checkTarget(lx, e.value, ctx);
      return;
    case 'Tuple':
    case 'List':
      for (const x of e.elts)
        checkTarget(
          lx,
          x,
          ctx === 'assign-first' && (e.type === 'List' || isParenthesized(lx.src, e)) ? 'assign' : ctx,
        );
      return;
    case 'Yield':
    case 'YieldFrom':
      // `(yield) = 1` is worded like other expressions; a bare `yield` target is not.
      if (ctx !== 'del' && !parenthesized(lx, e)) {
        lx.error('assignment to yield expression not possible', e.span.from, e.span.to);
        return;
      }
    // falls through
    default: {
      const what = exprName(e);
      // The "Maybe you meant '=='" hint needs an operand-level expression (not `a < b`,
      // `not a`, `a and b`, `a if b else c`, lambda) and not None/True/False.
      const singleton =
        (e.type === 'Const' && (e.kind === 'None' || e.kind === 'bool')) ||
        e.type === 'Compare' ||
        e.type === 'BoolOp' ||
        e.type === 'IfExp' ||
        e.type === 'Lambda' ||
        e.type === 'NamedExpr' ||
        e.type === 'GeneratorExp' ||
        (e.type === 'UnaryOp' && e.op === 'not');
      if (ctx === 'del') lx.error(`cannot delete ${what}`, e.span.from, e.span.to);
      else if (ctx === 'assign-first' && !singleton) {
        lx.error(`cannot assign to ${what} here. Maybe you meant '==' instead of '='?`, e.span.from, e.span.to);
      } else lx.error(`cannot assign to ${what}`, e.span.from, e.span.to);
    }
  }
}

/** Tuples and lists: does the span start with its bracket? (Tuple spans include parentheses.) */
function isParenthesized(src: string, e: Expr): boolean {
  return src[e.span.from] === '(' || src[e.span.from] === '[';
}
