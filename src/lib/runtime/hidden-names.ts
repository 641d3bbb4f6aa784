/**
 * Names a module's namespace holds for Loopline's own library code only (its helpers, the modules
 * its Python imports), which CPython's module does not have: they stay reachable from that code,
 * which reads them as globals, but the program's listings of the module (dir(), vars(), `__dict__`,
 * `from m import *`) leave them out, so the module shows CPython's names and no more.
 */
import type { PyValue } from './core';

const hidden = new WeakMap<Map<string, PyValue>, Set<string>>();

/** Hides `names` of namespace `dict` from the program's listings. */
export function hideNames(dict: Map<string, PyValue>, names: Iterable<string>): void {
  let s = hidden.get(dict);
  if (s === undefined) hidden.set(dict, (s = new Set()));
  for (const n of names) s.add(n);
}

/** The names of `dict` the program's listings leave out (undefined: none). */
export function hiddenNames(dict: Map<string, PyValue>): ReadonlySet<string> | undefined {
  return hidden.get(dict);
}

/** The names of `dict` a listing shows, in the namespace's order. */
export function* shownNames(dict: Map<string, PyValue>): Generator<string> {
  const h = hidden.get(dict);
  for (const k of dict.keys()) if (h === undefined || !h.has(k)) yield k;
}
