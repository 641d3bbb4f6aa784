/**
 * The docstrings of the built-in functions (`len.__doc__`, with `len.__text_signature__`), of the
 * built-in types (`int.__doc__`, `ValueError.__doc__`) and their methods (`str.join.__doc__`), and
 * of the standard-library modules (`json.__doc__`) as each CPython version has them:
 * builtin-docs.json, recorded by scripts/cpython-builtin-docs.mjs (3.14's texts, and the entries
 * 3.11-3.13 have otherwise). The table is a chunk of its own, fetched before a run whose program
 * mentions docstrings (stdlib/lazy-sources.ts), so the app's first load does not carry it.
 */
import { pyError, type PyClass } from './core';
import { run, RunSlot } from './run';

/**
 * A function's [doc, text signature] under 'f:name', a type's doc under 't:name', a built-in type's
 * method's [doc, text signature] under 'd:type.name', a module's doc under 'm:name'; true under
 * 'l:module.qualname' for a library function, class or method that has a docstring; false: absent.
 */
type Entry = [string | null, string | null] | string | null | boolean;
type Table = Record<string, Record<string, Entry>>;

let table: Table | null = null;

/** Whether this run's program may read docstrings (stdlib/lazy-sources.ts wantsDocs): set as the run starts. */
export const docsWanted = new RunSlot<boolean>('docs wanted', () => false);

/** Whether the table was fetched. */
export const builtinDocsLoaded = (): boolean => table !== null;

/** Fetches the table (once). */
export async function loadBuiltinDocs(): Promise<void> {
  table ??= (await import('./builtin-docs.json')).default as unknown as Table;
}

/** The entry `key` has in the version simulated, undefined when that version lacks it. */
function entry(key: string): Entry | undefined {
  if (table === null)
    throw pyError(
      'NotSimulatedError',
      'the docstrings of built-in functions and types were not loaded for this run: they are not simulated here',
    );
  const own = run.minor === 14 ? undefined : table[`3.${run.minor}`]?.[key];
  const e = own !== undefined ? own : table['3.14'][key];
  return e === false ? undefined : e;
}

/** `__doc__` (0) or `__text_signature__` (1) of the built-in function `name`; undefined if it is none. */
export function builtinFunctionDoc(name: string, which: 0 | 1): string | null | undefined {
  const e = entry(`f:${name}`);
  return Array.isArray(e) ? e[which] : undefined;
}

/** A built-in type's `__doc__`; undefined for a type the table does not know. */
export function builtinTypeDoc(cls: PyClass): string | null | undefined {
  if (cls.module !== 'builtins') return undefined;
  const e = entry(`t:${cls.name}`);
  return typeof e === 'string' || e === null ? e : undefined;
}

/** The docstring of standard-library module `name` (null: it has none; undefined: not recorded). */
export function moduleDoc(name: string): string | null | undefined {
  const e = entry(`m:${name}`);
  return typeof e === 'string' || e === null ? e : undefined;
}

/** `__doc__` (0) or `__text_signature__` (1) of built-in type `type`'s method `name`; undefined if not recorded. */
export function builtinMethodDoc(type: string, name: string, which: 0 | 1): string | null | undefined {
  const e = entry(`d:${type}.${name}`);
  return Array.isArray(e) ? e[which] : undefined;
}

/**
 * `__doc__` of the library function, class or method CPython names `module.qualname` (`key`), whose
 * docstring in the simulator's library source is `own` (null: none). Where CPython has none, None
 * (the source's is a note for its readers); where CPython has one, the source's if it has one
 * (written to match, as functools' total_ordering methods' are), else a NotSimulatedError: CPython's
 * text is its own, not the simulator's to copy. In a run whose program never names docstrings
 * (stdlib/lazy-sources.ts wantsDocs), `own`: whether the table was fetched for an earlier run does
 * not change what a program gets.
 */
export function libraryDoc(key: string, own: string | null = null): string | null {
  if (table === null || !run.get(docsWanted)) return own;
  if (!libraryDocumented(key)) return null;
  if (own !== null) return own;
  throw pyError(
    'NotSimulatedError',
    `the docstring of ${key} is CPython's own text: library docstrings are not simulated in Loopline`,
  );
}

/** Whether CPython's library object `key` (module.qualname) has a docstring; true before the table is fetched. */
export function libraryDocumented(key: string): boolean {
  return table === null || entry(`l:${key}`) === true;
}
