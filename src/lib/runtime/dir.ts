/**
 * `dir(obj)` as CPython's object.__dir__, type.__dir__ and module.__dir__ list names: a module's
 * namespace; a class's names along its MRO; an instance's own attributes and its class's. A
 * built-in type's names are CPython's own (scripts/cpython-dir-names.mjs records them per version),
 * since Loopline's native classes keep only what they implement in their dicts.
 */
import { PyClass, PyList, PyModule, PyNativeFunction, PyObject, objectClass, typeOf, type PyValue } from './core';
import { call, callMethod, iterToArray } from './ops';
import { run } from './run';
import { fillAll } from './lazy-names';
import { shownNames } from './hidden-names';
import { sortItems } from './types/list';
import recorded from './dir-names.json';

type Table = Map<string, readonly string[]>;
const tables = new Map<number, Table>();

/** The names of the version simulated: 3.13's, with another version's differences applied. */
function table(minor: number): Table {
  let t = tables.get(minor);
  if (t !== undefined) return t;
  const base = recorded['3.13'] as Record<string, string>;
  const names = new Map(Object.entries(base).map(([k, v]) => [k, new Set(v.split(' ').filter(Boolean))]));
  if (minor !== 13) {
    const delta = (recorded as Record<string, Record<string, string>>)[`3.${minor}`] ?? {};
    for (const [k, change] of Object.entries(delta)) {
      const [add, remove] = change.split('|').map((s) => s.split(' ').filter(Boolean));
      const s = names.get(k) ?? new Set<string>();
      for (const n of add) s.add(n);
      for (const n of remove) s.delete(n);
      names.set(k, s);
    }
  }
  t = new Map([...names].map(([k, s]) => [k, [...s]]));
  tables.set(minor, t);
  return t;
}

/** A class of the program (or of Loopline's Python library): its class statement set __module__. */
function isPythonClass(c: PyClass): boolean {
  return c.dict!.has('__module__');
}

/** The names one class's own namespace holds, as vars(cls) shows them in CPython. */
function ownNames(c: PyClass, out: Set<string>): void {
  const t = table(run.minor);
  if (!isPythonClass(c)) {
    const known = t.get(c.name);
    if (known !== undefined && c.module === 'builtins') {
      for (const n of known) out.add(n);
      return;
    }
    for (const n of c.dict!.keys()) out.add(n);
    return;
  }
  const slots = c.dict!.has('__slots__');
  // What every class statement adds (__dict__ and __weakref__ only without __slots__).
  for (const n of t.get('.class')!) if (!slots || (n !== '__dict__' && n !== '__weakref__')) out.add(n);
  for (const n of c.dict!.keys()) out.add(n);
}

function classNames(c: PyClass, out: Set<string>): void {
  for (const k of c.mro) {
    fillAll(k);
    ownNames(k, out);
  }
}

function sortedList(names: Iterable<PyValue>): PyList {
  const items = [...names];
  sortItems(items, null, false);
  return new PyList(items);
}

/** The names `dir(obj)` lists, sorted. */
export function dirOf(obj: PyValue): PyList {
  const cls = typeOf(obj);
  // A class of the program's own may define __dir__ (its metaclass, for a class).
  const custom = cls.lookup('__dir__');
  if (custom !== undefined && !(custom instanceof PyNativeFunction) && custom !== objectClass.dict!.get('__dir__')) {
    const r = callMethod(custom, obj, []);
    return sortedList(iterToArray(r));
  }
  const out = new Set<string>();
  if (obj instanceof PyModule) {
    // A module's own __dir__ function (PEP 562).
    fillAll(obj);
    const d = obj.dict!.get('__dir__');
    if (d !== undefined) return sortedList(iterToArray(call(d, [], null)));
    for (const n of shownNames(obj.dict!)) out.add(n);
    return sortedList(out);
  }
  if (obj instanceof PyClass) {
    classNames(obj, out);
    return sortedList(out);
  }
  if (obj instanceof PyObject && obj.dict !== null) for (const n of obj.dict.keys()) out.add(n);
  classNames(cls, out);
  return sortedList(out);
}
