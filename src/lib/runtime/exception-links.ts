/**
 * Assigning an exception's `__cause__`, `__context__` or `__suppress_context__` sets the link the
 * traceback printer follows (Objects/exceptions.c's setters), rather than an instance attribute:
 * a cause also sets `__suppress_context__`, as `raise ... from` does.
 */
import { PyExceptionObject, pyError, type PyValue } from './core';

/** Sets one of the links of `e`; false when `name` is not one. */
export function setExceptionLink(e: PyExceptionObject, name: string, value: PyValue): boolean {
  switch (name) {
    case '__cause__':
      if (value !== null && !(value instanceof PyExceptionObject))
        throw pyError('TypeError', 'exception cause must be None or derive from BaseException');
      e.cause = value;
      e.suppressContext = true;
      return true;
    case '__context__':
      if (value !== null && !(value instanceof PyExceptionObject))
        throw pyError('TypeError', 'exception context must be None or derive from BaseException');
      e.context = value;
      return true;
    case '__suppress_context__':
      if (typeof value !== 'boolean') throw pyError('TypeError', 'attribute value type must be bool');
      e.suppressContext = value;
      return true;
  }
  return false;
}
