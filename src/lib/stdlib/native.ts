/**
 * The internal module `_stdlib_native`: native helpers the standard-library modules written in
 * Python call (the clock, sys.stderr, tuple/object construction, metaclasses, strftime).
 */
import { PyModule, PyObject, PyClass, PyTuple, native, pyError, typeName, typeClass, type PyValue } from '../runtime/core';
import { iterToArray } from '../runtime/ops';
import { strftime } from '../py/format/strftime';
import { FormatError } from '../py/format/errors';
import type { Simulation } from '../sim/runners';
import { bigOf } from './math';

function fmtError<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof FormatError) throw pyError(e.kind, e.message);
    throw e;
  }
}

/** `_stdlib_native`: what the Python standard-library sources cannot write in Python. */
export function makeNative(sim: Simulation): PyModule {
  const d = new Map<string, PyValue>();
  d.set('clock', native('clock', () => sim.clock.now));
  // sys.stderr: not part of the program's output, but the CLI and the app still show it.
  d.set('stderr_write', native('stderr_write', (args) => {
    sim.rec.stderr(String(args[0]), sim.clock.now);
    return null;
  }));
  d.set(
    'tuple_new',
    native('tuple_new', (args) => {
      const cls = args[0];
      if (!(cls instanceof PyClass)) throw pyError('TypeError', 'tuple_new: not a class');
      return new PyTuple(args.length > 1 ? iterToArray(args[1]) : [], cls);
    })
  );
  d.set(
    'new_object',
    native('new_object', (args) => {
      const cls = args[0];
      if (!(cls instanceof PyClass)) throw pyError('TypeError', 'new_object: not a class');
      return new PyObject(cls, new Map());
    })
  );
  // Make `cls` an instance of the metaclass `meta` (a subclass of type written in Python), so
  // that iter(cls), len(cls), `x in cls` and metaclass attributes follow `meta`.
  d.set(
    'set_metaclass',
    native('set_metaclass', (args) => {
      const [cls, meta] = args;
      if (!(cls instanceof PyClass) || !(meta instanceof PyClass) || !meta.isSubclassOf(typeClass))
        throw pyError('TypeError', 'set_metaclass: bad arguments');
      cls.cls = meta;
      return null;
    })
  );
  // Abstract methods of a class (instantiating it raises CPython's TypeError).
  d.set(
    'set_abstract',
    native('set_abstract', (args) => {
      const [cls, names] = args;
      if (!(cls instanceof PyClass)) throw pyError('TypeError', 'set_abstract: not a class');
      cls.abstractMethods = iterToArray(names).map((n) => String(n));
      return null;
    })
  );
  // strftime for datetime: whole seconds since the epoch (UTC); %f etc. are expanded by the caller.
  d.set(
    'strftime',
    native('strftime', (args) => {
      const fmt = args[0];
      if (typeof fmt !== 'string') throw pyError('TypeError', `strftime() argument 1 must be str, not ${typeName(fmt)}`);
      return fmtError(() => strftime(fmt, Number(bigOf(args[1]))));
    })
  );
  return new PyModule('_stdlib_native', d);
}
