/**
 * Names CPython 3.11 to 3.14 have on the modules Loopline simulates and on their classes (3.13's
 * recorded by scripts/cpython-names.py, the others as their differences from them by
 * scripts/cpython-names-older.py and scripts/cpython-names-314.mjs), so that reaching one Loopline
 * lacks says "not simulated" instead of looking like the user's own AttributeError.
 */
import { PyClass, PyModule, typeOf, type PyValue } from '../runtime/core';
import { unsimulatedNames } from '../runtime/ops';
import { run } from '../runtime/run';
import { cpythonAll, cpythonVars } from '../runtime/module-vars';
import recorded from './cpython-names.json';
import changes311 from './cpython-names-3.11.json';
import changes312 from './cpython-names-3.12.json';
import changes314 from './cpython-names-3.14.json';

/** Each other version's differences from 3.13's names. */
const CHANGES: Record<number, { modules: Changes; classes: Changes }> = {
  11: changes311,
  12: changes312,
  14: changes314,
};

interface Tables {
  modules: Map<string, Set<string>>;
  classes: Map<string, Set<string>>;
}
const tables = new Map<number, Tables>();

function table(raw: Record<string, string>): Map<string, Set<string>> {
  return new Map(Object.entries(raw).map(([k, names]) => [k, new Set(names.split(' '))]));
}

interface Changes {
  added: Record<string, string>;
  removed: Record<string, string>;
  gone: string[];
}

/** 3.13's table with a later version's changes applied. */
function changed(base: Map<string, Set<string>>, c: Changes): Map<string, Set<string>> {
  const t = new Map([...base].map(([k, names]) => [k, new Set(names)]));
  for (const k of c.gone) t.delete(k);
  for (const [k, names] of Object.entries(c.added)) {
    const s = t.get(k) ?? new Set<string>();
    for (const n of names.split(' ')) s.add(n);
    t.set(k, s);
  }
  for (const [k, names] of Object.entries(c.removed)) for (const n of names.split(' ')) t.get(k)?.delete(n);
  return t;
}

/** The names of the version simulated. */
function tablesFor(minor: number): Tables {
  let t = tables.get(minor);
  if (t === undefined) {
    const modules = table(recorded.modules);
    const classes = table(recorded.classes);
    const c = CHANGES[minor];
    t =
      c === undefined
        ? { modules, classes }
        : { modules: changed(modules, c.modules), classes: changed(classes, c.classes) };
    tables.set(minor, t);
  }
  return t;
}

/** The dotted name of `obj.name` when CPython has it there; null when CPython lacks it too. */
function cpythonName(obj: PyValue, name: string): string | null {
  // Each version's own names: one 3.13 has may truly be missing on 3.12 (Queue.shutdown).
  const { modules, classes } = tablesFor(run.minor);
  if (obj instanceof PyModule) {
    // Also a name of its namespace (a private one, one of asyncio's submodules') or of its
    // `__all__` (one its __getattr__ makes: types.CapsuleType); not a dunder, which library code
    // asks for with a default (getattr(m, '__spec__', None)).
    const known =
      modules.get(obj.name)?.has(name) ||
      (!(name.startsWith('__') && name.endsWith('__')) &&
        (cpythonVars(obj.name)?.has(name) || cpythonAll(obj.name)?.names.includes(name)));
    return known ? `${obj.name}.${name}` : null;
  }
  const cls = obj instanceof PyClass ? obj : typeOf(obj);
  // A user's class (or instance) is never one of CPython's, whatever it is called.
  if (cls.module === '__main__') return null;
  for (const c of cls.mro) {
    if (namesOfClass(classes, c)?.has(name)) return `${cls.qualname}.${name}`;
  }
  return null;
}

/** A class's entry of the version's table, kept with the module and qualname it was found by. */
interface ClassNames {
  classes: Map<string, Set<string>>;
  module: string;
  qualname: string;
  names: Set<string> | undefined;
}
const classNames = new WeakMap<PyClass, ClassNames>();

/**
 * CPython's names on class `c`, by its dotted name: asked again for the same class (getattr with a
 * default misses once per class of the MRO: ABCMeta asks for `__abstractmethods__` and each abstract
 * method along every new ABC's MRO) without building that name and hashing it each time.
 */
function namesOfClass(classes: Map<string, Set<string>>, c: PyClass): Set<string> | undefined {
  const kept = classNames.get(c);
  if (kept !== undefined && kept.classes === classes && kept.module === c.module && kept.qualname === c.qualname)
    return kept.names;
  const names = classes.get(`${c.module}.${c.qualname}`);
  classNames.set(c, { classes, module: c.module, qualname: c.qualname, names });
  return names;
}

unsimulatedNames.find = cpythonName;
