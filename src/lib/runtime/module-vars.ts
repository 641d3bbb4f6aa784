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

interface VersionTable {
  python: string;
  modules: Record<string, string>;
  asyncio: AsyncioLayout;
}

const table = recorded as unknown as Record<string, VersionTable>;
const byMinor = new Map<number, Map<string, Set<string>>>();

/** The names of each recorded module in the version simulated. */
function modulesOf(minor: number): Map<string, Set<string>> {
  let t = byMinor.get(minor);
  if (t !== undefined) return t;
  const base = table['3.13'].modules;
  t = new Map(Object.entries(base).map(([k, v]) => [k, new Set(v.split(' '))]));
  if (minor !== 13) {
    const own = table[`3.${minor}`]?.modules ?? {};
    for (const [k, change] of Object.entries(own)) {
      const [added, removed] = change.split('|').map((s) => s.slice(1).split(' ').filter(Boolean));
      const s = t.get(k) ?? new Set<string>();
      for (const n of added) s.add(n);
      for (const n of removed) s.delete(n);
      t.set(k, s);
    }
  }
  byMinor.set(minor, t);
  return t;
}

/** The names CPython's module `name` has in the version simulated (undefined: not recorded). */
export function cpythonVars(name: string): ReadonlySet<string> | undefined {
  return modulesOf(run.minor).get(name);
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
