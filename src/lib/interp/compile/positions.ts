/**
 * Where in its line an exception came from, for the caret lines CPython 3.11+ prints under a
 * traceback's source line (`~~^~~`). CPython keeps each instruction's source positions; here the
 * program's code notes in its frame (`f.pos`) the span of each operation that can fail as it
 * starts, after its operands (the innermost operation to fail is the last one noted). Each
 * statement of the program clears the note. A note costs one store and no closure or try/catch
 * of its own, so a Python call spends no more of the JS stack for it. A few errors are marked on
 * the exception itself instead (`located`: a name's NameError, an assert), and an exception the
 * frame's own `try` or `with` catches keeps the note it was raised under (`held`), since a handler's
 * `except` clause runs other operations before the traceback entry is made.
 * The frame's traceback entry then takes the mark, else the frame's note (interp/frame-error.ts).
 */
import { PyExc, type PyExceptionObject, type SourceSpan } from '../../runtime/core';
import type { Frame } from '../frame';

/** The exception, marked as coming out of `span` unless an expression inside it already was. */
export function located<T>(thrown: T, span: SourceSpan): T {
  if (thrown instanceof PyExc && thrown.exc.pendingPos === null) thrown.exc.pendingPos = span;
  return thrown;
}

/** A mark saying the exception came out of no operation the frame noted (nothing to point at). */
export const NOWHERE: SourceSpan = { line: 0, col: 0, endLine: 0, endCol: 0 };

/**
 * An exception the frame's own code caught, or one going on after cleanup code of the frame runs
 * (an `except ... as` name deleted, a `finally`): it keeps the operation the frame noted as it
 * failed, or that there was none, whatever the frame notes meanwhile.
 */
export function held(exc: PyExceptionObject, f: Frame): void {
  if (exc.pendingPos === null) exc.pendingPos = f.pos ?? NOWHERE;
}
