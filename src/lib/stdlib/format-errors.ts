/**
 * The formatting code (py/format) fails with a FormatError naming the Python exception; the
 * modules that call it turn that into the Python exception, never a Loopline failure.
 */
import { pyError } from '../runtime/core';
import { FormatError } from '../py/format/errors';

export function fmtError<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof FormatError) throw pyError(e.kind, e.message);
    throw e;
  }
}
