/**
 * Where in its line an exception came from, for the caret lines CPython 3.11+ prints under a
 * traceback's source line (`~~^~~`). CPython keeps each instruction's source positions; here the
 * program's code keeps the span of the operation that failed, two ways:
 * - the closure compiler wraps each expression that can fail on its own (a call, an operator, an
 *   item or attribute lookup) and marks an exception coming out of it with the expression's span,
 *   unless an inner one marked it first (the innermost is the failing operation);
 * - the source tier, and `await`, note the span in the frame (`f.pos`) as the operation starts;
 *   each statement of the program clears it.
 * The frame's traceback entry then takes the mark, else the frame's note (interp/frame-error.ts).
 */
import type * as ir from '../../ir/types';
import { PyExc, type SourceSpan } from '../../runtime/core';
import type { X } from './context';

/** The exception, marked as coming out of `span` unless an expression inside it already was. */
export function located<T>(thrown: T, span: SourceSpan): T {
  if (thrown instanceof PyExc && thrown.exc.pendingPos === null) thrown.exc.pendingPos = span;
  return thrown;
}

/** Expressions whose failure CPython locates at their own span (each is an instruction of its own). */
const FAILING = new Set<ir.Expr['type']>(['Call', 'BinOp', 'Subscript', 'Attribute', 'Compare', 'UnaryOp']);

/** The expression's closure, marking what fails in it with its span (the program's code only). */
export function marking(e: ir.Expr, x: X): X {
  if (!FAILING.has(e.type)) return x;
  const span = e.span;
  return (f) => {
    try {
      return x(f);
    } catch (thrown) {
      throw located(thrown, span);
    }
  };
}
