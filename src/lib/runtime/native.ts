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
  // Parsed at the first call: a start defines hundreds of these, and a run calls few of them. The
  // function's direct entry is open from then on.
  let s: Signature | null = null;
  const parsed = (): Signature => {
    const p = signature(name, sig, qualname);
    f.direct = impl;
    f.directMin = p.fastMin;
    f.directMax = p.maxPos;
    return p;
  };
  const f = new PyNativeFunction(name, (args, kw) => impl((s ??= parsed()).bind(args, kw)), qualname);
  return f;
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
  // The signature, parsed at the first call; the method's direct entry is open from then on.
  const parsed = (): Signature => {
    const p = signature(name, sig, qualname);
    m.direct = impl;
    m.directMin = p.fastMin;
    m.directMax = p.maxPos;
    return p;
  };
  const m = new PyNativeMethod(
    name,
    unboxingSelf(cls, (self, args, kw) => impl(self, (s ??= parsed()).bind(args, kw))),
    cls,
  );
  m.unboxes = unboxesSelf(cls);
  m.slotWrapper = sig.startsWith('wrapper(');
  cls.dict!.set(name, m);
  classesChanged();
}
