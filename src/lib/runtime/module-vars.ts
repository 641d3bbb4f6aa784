/**
 * The names CPython 3.11 to 3.14 have in the namespaces of the modules Loopline simulates
 * (sorted(vars(m)), recorded by scripts/cpython-module-vars.py and .mjs: 3.13's in full, the others
 * as their differences), and asyncio's package layout (its submodules' `__all__`, what each of its
 * names is). A name Loopline's own code leaves in such a module that CPython's lacks is hidden from
 * the program's listings (runtime/hidden-names.ts).
 */
import type { PyModule } from './core';
import { hideNames } from './hidden-names';
import { run } from './run';
import recorded from './cpython-module-vars.json';

/** What CPython's asyncio package is made of, in one version. */
export interface AsyncioLayout {
  /** asyncio.__all__, in order. */
  all: string[];
  /** Each name of the package (dunders left out): 'module', 'class', 'exception', 'function' or 'value'. */
  kinds: Record<string, string>;
  /** Each submodule the package holds: its `__all__` (null when it has none). */
  submodules: Record<string, string[] | null>;
  /** The submodules whose `__all__` is a list (3.11's taskgroups); the others' are tuples, as the package's is. */
  lists: string[];
}

/**
 * A module's `__spec__` as CPython found it: loader class, origin ('{lib}/json/__init__.py',
 * 'built-in'), parent, and the spec's name where it is another module's (3.13's collections.abc
 * is _collections_abc).
 */
export type RecordedSpec = [loader: string, origin: string | null, parent: string, name?: string];

interface VersionTable {
  python: string;
  modules: Record<string, string>;
  /** Each module's `__all__` ('tuple' first when it is one; null: none); other versions: the ones that differ. */
  alls: Record<string, string[] | null>;
  /** Each module's `__spec__` (null: none); other versions: the ones that differ. */
  specs: Record<string, RecordedSpec | null>;
  asyncio: AsyncioLayout;
}

const table = recorded as unknown as Record<string, VersionTable>;
/** Each version's names by module, made when a run first asks for that module (null: not recorded). */
const byMinor = new Map<number, Map<string, Set<string> | null>>();

/**
 * The names of recorded module `name` in version 3.`minor`: 3.13's with the version's changes. Made
 * one module at a time, as asked for: making all of them (some 300 modules) was a tenth of a CLI run's
 * start, for the handful a run imports.
 */
function recordedNames(minor: number, name: string): Set<string> | null {
  const base = table['3.13'].modules;
  const changes = minor === 13 ? undefined : table[`3.${minor}`]?.modules;
  const change = changes !== undefined && Object.hasOwn(changes, name) ? changes[name] : undefined;
  if (!Object.hasOwn(base, name) && change === undefined) return null;
  const s = Object.hasOwn(base, name) ? new Set(base[name].split(' ')) : new Set<string>();
  if (change !== undefined) {
    const [added, removed] = change.split('|').map((part) => part.slice(1).split(' ').filter(Boolean));
    for (const n of added) s.add(n);
    for (const n of removed) s.delete(n);
  }
  return s;
}

/** The names CPython's module `name` has in the version simulated (undefined: not recorded). */
export function cpythonVars(name: string): ReadonlySet<string> | undefined {
  let known = byMinor.get(run.minor);
  if (known === undefined) byMinor.set(run.minor, (known = new Map()));
  let names = known.get(name);
  if (names === undefined) known.set(name, (names = recordedNames(run.minor, name)));
  return names ?? undefined;
}

/** A per-module entry of the version simulated (3.13's unless that version's differs); undefined: not recorded. */
function entryOf<T>(pick: (t: VersionTable) => Record<string, T> | undefined, name: string): T | undefined {
  const own = run.minor === 13 ? undefined : pick(table[`3.${run.minor}`] ?? table['3.13']);
  if (own !== undefined && Object.hasOwn(own, name)) return own[name];
  const base = pick(table['3.13'])!;
  return Object.hasOwn(base, name) ? base[name] : undefined;
}

/**
 * CPython's `__all__` of module `name` in the version simulated, and whether it is a tuple;
 * null when the module has none, undefined when it is not recorded.
 */
export function cpythonAll(name: string): { names: string[]; tuple: boolean } | null | undefined {
  const a = entryOf((t) => t.alls, name);
  if (a == null) return a;
  return a[0] === 'tuple' ? { names: a.slice(1), tuple: true } : { names: a, tuple: false };
}

/** CPython's `__spec__` of module `name` in the version simulated (null: none; undefined: not recorded). */
export function cpythonSpec(name: string): RecordedSpec | null | undefined {
  return entryOf((t) => t.specs, name);
}

/** CPython's asyncio package in the version simulated. */
export function asyncioLayout(): AsyncioLayout {
  return (table[`3.${run.minor}`] ?? table['3.13']).asyncio;
}

/** Hides those of `names` (by default all the module has now) that CPython's module lacks. */
export function hideLibraryNames(m: PyModule, names: Iterable<string> = m.dict!.keys()): void {
  const own = cpythonVars(m.name);
  if (own === undefined || m.dict === null) return;
  hideNames(
    m.dict,
    [...names].filter((n) => !own.has(n)),
  );
}
