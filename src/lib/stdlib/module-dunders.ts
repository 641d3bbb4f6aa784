/**
 * The names CPython's import gives a standard-library module besides its own code's: its `__all__`
 * as CPython's source defines it in the version simulated (recorded: runtime/module-vars.ts), so
 * that `shutil.__all__` and `from shutil import *` name what CPython's do, the names Loopline does
 * not simulate included (the import leaves those unbound and says so when they are used).
 */
import { PyList, PyModule, PyTuple } from '../runtime/core';
import { cpythonAll } from '../runtime/module-vars';

/** Gives library module `m` CPython's `__all__` (where CPython's module has one). */
export function giveCpythonAll(m: PyModule): void {
  const all = cpythonAll(m.name);
  if (all == null || m.dict === null) return;
  m.dict.set('__all__', all.tuple ? new PyTuple([...all.names]) : new PyList([...all.names]));
}
