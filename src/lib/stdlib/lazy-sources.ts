/**
 * Library modules too large to carry in the simulator's bundle (unicodedata's character names and
 * properties: half a megabyte; zoneinfo's time zones: a quarter; locale's name tables; the machine's mime.types), and the built-in functions' and types' docstrings (runtime/builtin-docs.ts). Each is a chunk of its own, fetched before a run whose program
 * mentions the module that needs it (preloadLibrary; the worker, the CLI and the tests call it) and
 * kept for later runs. A run that needs one that was not fetched is told so where it imports it.
 */
import { builtinDocsLoaded, loadBuiltinDocs } from '../runtime/builtin-docs';
import { pyError } from '../runtime/core';

const loaders: Record<string, () => Promise<{ default: string }>> = {
  _unicodedata_tables: () => import('./py/_unicodedata_tables.py?raw'),
  _zoneinfo_tables: () => import('./py/_zoneinfo_tables.py?raw'),
  _locale_tables: () => import('./py/_locale_tables.py?raw'),
  _mimetypes_machine: () => import('./py/_mimetypes_machine.py?raw'),
};

/** Which chunk a program may need, by a word of its source. */
const NEEDED_BY: [RegExp, string][] = [
  [/unicodedata/, '_unicodedata_tables'],
  // A `\N{name}` escape names its character from the same tables (unicode-name-lookup.ts).
  [/\\N\{/, '_unicodedata_tables'],
  [/zoneinfo/, '_zoneinfo_tables'],
  [/locale/, '_locale_tables'],
  [/mimetypes/, '_mimetypes_machine'],
];

/**
 * The words of a program that may read a built-in's or a library module's docstring
 * (runtime/builtin-docs.ts's table), or list a module's names (`__doc__` among them).
 */
const DOCS_NEEDED_BY =
  /__doc__|__text_signature__|getdoc|wraps|update_wrapper|help\(|pydoc|dir\(|vars\(|__dict__|getmembers|import\s*\*/;

const loaded = new Map<string, string>();

/** Whether `source` may read a built-in's or a library object's docstring (the table is fetched for it). */
export function wantsDocs(source: string): boolean {
  return DOCS_NEEDED_BY.test(source);
}

/**
 * Fetches the chunks `source` may need; undefined when there is nothing to fetch (most programs,
 * and chunks fetched before), so that a caller can run such a program at once.
 */
export function preloadLibrary(source: string): Promise<void> | undefined {
  const missing = [
    ...new Set(NEEDED_BY.filter(([word, name]) => !loaded.has(name) && word.test(source)).map(([, name]) => name)),
  ];
  const docs = !builtinDocsLoaded() && wantsDocs(source);
  if (missing.length === 0 && !docs) return undefined;
  return Promise.all([
    ...missing.map(async (name) => {
      loaded.set(name, (await loaders[name]()).default);
    }),
    docs ? loadBuiltinDocs() : undefined,
  ]).then(() => undefined);
}

/** The source of a lazily fetched library module, or undefined when it was not fetched. */
export function fetchedSource(name: string): string | undefined {
  return loaded.get(name);
}

/** The source of a lazily fetched library module, or a NotSimulatedError saying it was not fetched. */
export function lazySource(name: string): string {
  const text = loaded.get(name);
  if (text === undefined)
    throw pyError('NotSimulatedError', `module '${name}' was not loaded for this run: it is not simulated here`);
  return text;
}
