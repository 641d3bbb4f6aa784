/**
 * The natives weakref.py is built on: a weak reference's object is kept by the run's lifetimes
 * (sim/lifetimes.ts), out of the reach of the mark that decides whether an object still lives,
 * and cleared, with the callback called, when it dies.
 */
import { PyObject, pyError, typeOf, type PyValue } from '../runtime/core';
import { takesWeakrefs, weakrefTypeName } from '../runtime/type-layout';
import { defNative } from '../runtime/native';
import { weakrefHead } from '../runtime/ops';
import { run } from '../runtime/run';
import { PyList } from '../runtime/core';
import { lifetimes, type Lifetimes } from '../sim/lifetimes';

function lt(): Lifetimes {
  const l = run.get(lifetimes);
  if (l === null) throw pyError('RuntimeError', 'weak references need a running simulation');
  return l;
}

/**
 * `obj.__weakref__`: the first of its weak references in CPython's list. The shared plain
 * reference (weakref.ref with no callback) is kept first; without one, each new reference goes
 * first. Proxies have their own place there, which Loopline does not follow.
 */
function weakrefHeadOf(obj: PyObject): PyValue {
  const l = run.get(lifetimes);
  const refs = l === null ? [] : l.refs(obj);
  if (refs.length === 0) return null;
  if (refs.some((r) => r.cls.name === 'ProxyType' || r.cls.name === 'CallableProxyType'))
    throw pyError('NotSimulatedError', '__weakref__ of an object with a weakref.proxy is not simulated in Loopline');
  const plain = refs.find(
    (r) => r.cls.name === 'ReferenceType' && r.cls.module === 'weakref' && l!.callbackOf(r) === null,
  );
  return plain ?? refs[refs.length - 1];
}

export function makeWeakrefNative(): [string, PyValue][] {
  weakrefHead.find = weakrefHeadOf;
  return [
    [
      '_weaken',
      defNative('_weaken', '(ref, obj, callback, /)', ([ref, obj, cb]) => {
        lt().weaken(ref as PyObject, obj as PyObject, cb);
        return null;
      }),
    ],
    ['_deref', defNative('_deref', '(ref, /)', ([ref]) => lt().deref(ref as PyObject))],
    ['_callback', defNative('_callback', '(ref, /)', ([ref]) => lt().callbackOf(ref as PyObject))],
    ['_refs', defNative('_refs', '(obj, /)', ([obj]) => new PyList(lt().refs(obj)))],
    // null when weakref.ref takes the object, else the name its TypeError gives the object's type
    [
      '_refusal',
      defNative('_refusal', '(obj, /)', ([obj]) => (takesWeakrefs(typeOf(obj)) ? null : weakrefTypeName(typeOf(obj)))),
    ],
  ];
}
