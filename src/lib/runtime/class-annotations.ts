/**
 * A class's own annotations, `cls.__annotations__`.
 *
 * Up to 3.13 a class body evaluates each annotation as it runs and writes it into the class's
 * `__annotations__` dict. From 3.14 (PEP 649) the body only keeps `__annotate_func__`, which
 * evaluates them when they are first asked for; the answer is kept as `__annotations_cache__`.
 * So `class Node: nxt: Node | None` works on 3.14, where the name `Node` exists by the time
 * anyone reads the annotations. Either way a class answers with its own annotations only, never
 * a base class's. The class body's side is interp/class-annotate.ts.
 */
import { PyClass, PyDict, PyNativeFunction, type PyValue } from './core';
import { run } from './run';

/** What `__annotate__(format)` is asked for (annotationlib.Format). */
export const VALUE = 1n;
export const FORWARDREF = 3n;
export const STRING = 4n;

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
  const fn = d.get('__annotate_func__');
  const made = fn instanceof PyNativeFunction ? fn.fn([VALUE], null) : new PyDict();
  if (fn === undefined) d.set('__annotate_func__', null);
  d.set('__annotations_cache__', made);
  return made;
}

/** The class's own annotations for dataclasses and typing: from 3.14 a name not defined yet stays text. */
export function ownAnnotationsForwardRef(cls: PyClass): PyValue {
  const d = cls.dict!;
  const own = d.get('__annotations__') ?? d.get('__annotations_cache__');
  if (own !== undefined) return own;
  const fn = d.get('__annotate_func__');
  return fn instanceof PyNativeFunction ? fn.fn([FORWARDREF], null) : new PyDict();
}
