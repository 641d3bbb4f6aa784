/**
 * 3.14's annotations of a class body or a module (PEP 649): `name: annotation` statements are
 * not evaluated where they run. Each is compiled into the scope's list, in source order, and the
 * scope's `__annotate__` function (interp/annotate.ts) evaluates those whose statement ran: a
 * module notes them in its `__conditional_annotations__` set (made, with `__annotate__`, when the
 * module starts), a class body for itself, and the class gets its `__annotate_func__` when the
 * body ends. The class's side of reading them is runtime/class-annotations.ts.
 */
import type * as ir from '../ir/types';
import { PySet, type PyValue } from '../runtime/core';
import { call, compare, getattr, truthy } from '../runtime/ops';
import type { Frame } from './frame';
import type { Scope } from './scope';
import { type AnnotationEntry, annotateCode, makeAnnotate } from './annotate';

/** The annotations compiled in each class body's or module's scope, in source order. */
const collected = new WeakMap<Scope, AnnotationEntry[]>();

/** Which annotations of a running class body have run (by index). */
const ran = new WeakMap<Frame, Set<number>>();

/** Compiles one `name: annotation` of a class body or module into its scope's list: its index. */
export function collectAnnotation(scope: Scope, name: string, value: (f: Frame) => PyValue, node: ir.Expr): number {
  let list = collected.get(scope);
  if (list === undefined) collected.set(scope, (list = []));
  list.push({ name, value, node, index: list.length });
  return list.length - 1;
}

/** A class body's annotation `index` ran. */
export function classAnnotationRan(f: Frame, index: number): void {
  let s = ran.get(f);
  if (s === undefined) ran.set(f, (s = new Set()));
  s.add(index);
}

/** A module's annotation `index` ran: it joins `__conditional_annotations__`. */
export function moduleAnnotationRan(f: Frame, index: number): void {
  const s = f.globals.get('__conditional_annotations__');
  if (s !== undefined) call(getattr(s, 'add'), [BigInt(index)], null);
}

/** The class body `cf` (of scope `sc`) ended: the namespace gets its `__annotate_func__` when the body has annotations. */
export function endClassAnnotations(cf: Frame, sc: Scope, qualname: string, ns: Map<string, PyValue>): void {
  const list = collected.get(sc);
  if (list === undefined) return;
  const done = ran.get(cf) ?? new Set<number>();
  const code = annotateCode(qualname + '.', cf.code.firstLine, sc, cf.code.user, cf.code.file);
  ns.set(
    '__annotate_func__',
    makeAnnotate(code, cf, sc, () => list.filter((a) => done.has(a.index))),
  );
}

/**
 * A module's start (3.14), when its code has annotations: its `__annotate__` and an empty
 * `__conditional_annotations__` set in its globals; null for a module without annotations.
 */
export function moduleAnnotationsStart(sc: Scope, user: boolean, file?: string): ((f: Frame) => void) | null {
  const list = collected.get(sc);
  if (list === undefined) return null;
  return (f) => {
    const code = annotateCode('', 1, sc, user, file);
    f.globals.set('__conditional_annotations__', new PySet());
    f.globals.set(
      '__annotate__',
      makeAnnotate(code, f, sc, () => {
        const s = f.globals.get('__conditional_annotations__');
        return s === undefined ? list : list.filter((a) => truthy(compare('in', BigInt(a.index), s)));
      }),
    );
  };
}
