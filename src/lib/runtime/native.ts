/**
 * Native callables whose arguments are bound against a declared signature (see signature.ts):
 * the implementation receives the argument values in declared order, already checked.
 */
import {
  PyNativeFunction,
  PyNativeMethod,
  classesChanged,
  unboxesSelf,
  unboxingSelf,
  type PyClass,
  type PyValue,
} from './core';
import { signature, type Signature } from './signature';

/** A module-level or builtin function: `defNative('len', '(obj, /)', (a) => ...)`. */
export function defNative(
  name: string,
  sig: string,
  impl: (a: PyValue[]) => PyValue,
  qualname = name,
): PyNativeFunction {
  // Parsed at the first call: a start defines hundreds of these, and a run calls few of them.
  let s: Signature | null = null;
  const f: PyNativeFunction = new PyNativeFunction(
    name,
    (args, kw) => impl((s ??= openDirect(f, impl, name, sig, qualname)).bind(args, kw)),
    qualname,
  );
  // One CPython writes in Python: inspect.signature reads its parameters.
  if (sig.startsWith('def ')) f.pySig = sig.slice(4);
  return f;
}

/** Where a native keeps its direct entry (PyNativeFunction.direct, PyNativeMethod.direct). */
interface DirectEntry<F> {
  direct: F | null;
  directMin: number;
  directMax: number;
}

/**
 * A native's signature, parsed at its first call; from then on `target` calls `impl` directly for
 * the positional argument counts the signature's binding hands over unchanged.
 */
function openDirect<F>(target: DirectEntry<F>, impl: F, name: string, sig: string, qualname: string): Signature {
  const p = signature(name, sig, qualname);
  target.direct = impl;
  target.directMin = p.fastMin;
  target.directMax = p.maxPos;
  return p;
}

/**
 * A method of a class (`self` is bound by the call, not declared in C signatures). `qualname` names
 * it in TypeErrors when CPython defines it on another class (`BaseEventLoop.call_soon`).
 */
export function defNativeMethod(
  cls: PyClass,
  name: string,
  sig: string,
  impl: (self: PyValue, a: PyValue[]) => PyValue,
  qualname = `${cls.name}.${name}`,
): void {
  let s: Signature | null = null;
  const m: PyNativeMethod = new PyNativeMethod(
    name,
    unboxingSelf(cls, (self, args, kw) => impl(self, (s ??= openDirect(m, impl, name, sig, qualname)).bind(args, kw))),
    cls,
  );
  m.unboxes = unboxesSelf(cls);
  m.slotWrapper = sig.startsWith('wrapper(');
  if (sig.startsWith('def ')) m.pySig = sig.slice(4);
  cls.dict!.set(name, m);
  classesChanged();
}
