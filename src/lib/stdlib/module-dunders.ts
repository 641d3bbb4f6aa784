/**
 * The names CPython's import gives a standard-library module besides its own code's, as recorded
 * from each version (runtime/module-vars.ts): its `__all__` as CPython's source defines it, so
 * that `shutil.__all__` and `from shutil import *` name what CPython's do (the names Loopline
 * does not simulate included: the import leaves those unbound and says so when they are used);
 * and the dunders the import system sets, first in the namespace and in CPython's order:
 * `__package__`, `__loader__` and `__spec__` (how it was found: py/_module_spec.py), `__path__`
 * (a package), `__file__`, `__cached__`, `__builtins__`, and `__doc__`, its docstring. Paths are in the library folder Loopline's
 * `__file__`s and tracebacks name, /usr/lib/python3.X/.
 */
import { PyList, PyModule, PyTuple, type PyValue } from '../runtime/core';
import { call, iterToArray } from '../runtime/ops';
import { run } from '../runtime/run';
import { cpythonAll, cpythonSpec, cpythonVars } from '../runtime/module-vars';
import { liveDict } from '../runtime/types/attr-dict';
import { builtinDocsLoaded, moduleDoc } from '../runtime/builtin-docs';
import { importModule } from '../interp/state';
import { addLazyNames } from '../runtime/lazy-names';

/** Gives library module `m` CPython's `__all__` (where CPython's module has one). */
export function giveCpythonAll(m: PyModule): void {
  const all = cpythonAll(m.name);
  if (all == null || m.dict === null) return;
  m.dict.set('__all__', all.tuple ? new PyTuple([...all.names]) : new PyList([...all.names]));
}

/** The dunders an import sets, in the order CPython's module namespace has them. */
const ORDER = [
  '__name__',
  '__doc__',
  '__package__',
  '__loader__',
  '__spec__',
  '__path__',
  '__file__',
  '__cached__',
  '__builtins__',
];

/** `.../json/__init__.py` -> `.../json/__pycache__/__init__.cpython-313.pyc`, as importlib's cache_from_source. */
function cachedFile(source: string): string {
  const slash = source.lastIndexOf('/');
  const stem = source.slice(slash + 1).replace(/\.py$/, '');
  return `${source.slice(0, slash)}/__pycache__/${stem}.cpython-3${run.minor}.pyc`;
}

/**
 * Gives library module `m` the import dunders CPython's has when the program first needs one (reads
 * it, lists the module's names, takes its `__dict__`: runtime/lazy-names.ts), so that a run whose
 * program never looks pays nothing for them. Its `__file__` is CPython's at once (library code reads it).
 */
export function lazyModuleDunders(m: PyModule): void {
  const names = cpythonVars(m.name);
  const d = m.dict;
  if (names === undefined || d === null) return;
  const origin = cpythonSpec(m.name)?.[1];
  if (origin?.startsWith('{lib}') && names.has('__file__'))
    d.set('__file__', origin.replace('{lib}', `/usr/lib/python3.${run.minor}`));
  const coming = new Set(ORDER.filter((k) => names.has(k) && k !== '__name__' && k !== '__file__'));
  if (coming.size > 0) addLazyNames(m, coming, () => giveModuleDunders(m));
}

/** Gives library module `m` the import dunders CPython's has, its docstring too, first in its namespace, in CPython's order. */
function giveModuleDunders(m: PyModule): void {
  const names = cpythonVars(m.name);
  const d = m.dict;
  if (names === undefined || d === null) return;
  const lib = `/usr/lib/python3.${run.minor}`;
  const given = new Map<string, PyValue>();
  // The docstrings are a chunk fetched for programs that may read one (stdlib/lazy-sources.ts);
  // without it `m.__doc__` says they were not loaded (the module type's own, runtime/builtin-docs.ts).
  const doc = builtinDocsLoaded() ? moduleDoc(m.name) : undefined;
  if (doc !== undefined && names.has('__doc__')) given.set('__doc__', doc);
  const spec = cpythonSpec(m.name);
  if (spec != null) {
    const [loaderName, recordedOrigin, parent, specName] = spec;
    const origin = recordedOrigin?.replace('{lib}', lib) ?? null;
    const located = origin !== null && origin.startsWith('/');
    const packageDir = names.has('__path__') && located ? origin.slice(0, origin.lastIndexOf('/')) : null;
    const cached = located && loaderName === 'SourceFileLoader' ? cachedFile(origin) : null;
    const describe = importModule('_module_spec').dict!.get('describe')!;
    const [specObject, loader] = iterToArray(
      call(describe, [specName ?? m.name, loaderName, origin, packageDir, cached], null),
    );
    if (names.has('__package__')) given.set('__package__', parent);
    if (names.has('__loader__')) given.set('__loader__', loader);
    if (names.has('__spec__')) given.set('__spec__', specObject);
    if (packageDir !== null) given.set('__path__', new PyList([packageDir]));
    // A frozen module has the file it was frozen from; a built-in one has none.
    const frozen = loaderName === 'FrozenImporter';
    const file = located ? origin : (d.get('__file__') ?? `${lib}/${m.name.replace(/\./g, '/')}.py`);
    if (names.has('__file__') && (located || frozen)) given.set('__file__', file);
    if (names.has('__cached__')) given.set('__cached__', cached);
  }
  if (names.has('__builtins__')) given.set('__builtins__', liveDict(importModule('builtins').dict!));
  if (given.size === 0) return;
  // The namespace is rebuilt in place: the module's functions hold it as their globals.
  const rest = [...d].filter(([k]) => !given.has(k) && !ORDER.includes(k));
  const first: [string, PyValue][] = [];
  for (const k of ORDER) {
    // None is null: asked for with has(), never with `??`.
    if (given.has(k)) first.push([k, given.get(k)!]);
    else if (d.has(k)) first.push([k, d.get(k)!]);
  }
  d.clear();
  for (const [k, v] of [...first, ...rest]) d.set(k, v);
}
