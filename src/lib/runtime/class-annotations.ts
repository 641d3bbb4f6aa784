/**
 * A class's own annotations, `cls.__annotations__` (and 3.14's `cls.__annotate__`, a module's
 * `__annotations__`, what `__annotate__` must return).
 *
 * Up to 3.13 a class body evaluates each annotation as it runs and writes it into the class's
 * `__annotations__` dict. From 3.14 (PEP 649) the body only keeps `__annotate_func__`, which
 * evaluates them when they are first asked for; the answer is kept as `__annotations_cache__`.
 * So `class Node: nxt: Node | None` works on 3.14, where the name `Node` exists by the time
 * anyone reads the annotations. Either way a class answers with its own annotations only, never
 * a base class's. The class body's side is interp/class-annotate.ts.
 */
import { PyClass, PyDict, PyModule, pyError, typeName, type PyValue } from './core';
import { run } from './run';

/** How a function is called: ops' call, given by ops (which imports this file) as it loads. */
let callOf: (fn: PyValue, args: PyValue[]) => PyValue = () => {
  throw new Error('class-annotations: no call yet');
};
export function setAnnotationsCall(f: (fn: PyValue, args: PyValue[]) => PyValue): void {
  callOf = f;
}

/** What `__annotate__(format)` is asked for (annotationlib.Format). */
const VALUE = 1n;

/** What `__annotations__` becomes from `__annotate__(VALUE)`: the dict it returns. */
export function annotateResult(annotate: PyValue): PyDict {
  const d = callOf(annotate, [VALUE]);
  if (!(d instanceof PyDict)) throw pyError('TypeError', `__annotate__ returned non-dict of type '${typeName(d)}'`);
  return d;
}

/**
 * 3.14's `module.__annotations__` when its dict has none: its `__annotate__(VALUE)`, kept in the
 * dict from then on ({} without one). Undefined before 3.14 (the dict's only).
 */
export function moduleAnnotations(m: PyModule): PyValue | undefined {
  if (run.minor < 14) return undefined;
  const d = m.dict!;
  const annotate = d.get('__annotate__');
  const made = annotate !== undefined && annotate !== null ? annotateResult(annotate) : new PyDict();
  d.set('__annotations__', made);
  return made;
}

/** `cls.__annotations__`: the class's own, made on first use (and, from 3.14, evaluated then). */
export function ownAnnotations(cls: PyClass): PyValue {
  const d = cls.dict!;
  const own = d.get('__annotations__');
  if (own !== undefined) return own;
  if (run.minor < 14) {
    const made = new PyDict();
    d.set('__annotations__', made);
    return made;
  }
  const cached = d.get('__annotations_cache__');
  if (cached !== undefined) return cached;
  const fn = classAnnotate(cls);
  const made = fn !== null ? annotateResult(fn) : new PyDict();
  d.set('__annotations_cache__', made);
  return made;
}

/**
 * 3.14's `cls.__annotations__ = v`: into the class's own `__annotations__` when its body made one,
 * else kept as `__annotations_cache__`; either way its `__annotate__` is forgotten. `del` (v undefined) forgets all
 * three; false when there was nothing to delete.
 */
export function setClassAnnotations(cls: PyClass, v: PyValue | undefined): boolean {
  const d = cls.dict!;
  if (v === undefined) {
    let had = false;
    for (const k of ['__annotations__', '__annotations_cache__', '__annotate_func__']) had = d.delete(k) || had;
    return had;
  }
  d.set(d.has('__annotations__') ? '__annotations__' : '__annotations_cache__', v);
  d.delete('__annotate_func__');
  return true;
}

/** 3.14's `cls.__annotate__`: the class body's function, or None (then kept as `__annotate_func__`). */
export function classAnnotate(cls: PyClass): PyValue {
  const d = cls.dict!;
  const own = d.get('__annotate__');
  if (own !== undefined) return own;
  const kept = d.get('__annotate_func__');
  if (kept !== undefined) return kept;
  d.set('__annotate_func__', null);
  return null;
}
