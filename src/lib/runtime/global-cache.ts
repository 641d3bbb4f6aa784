/**
 * Inline caches for the source tier's reads of a global name (`fib` inside `fib`, `range`): a
 * site keeps the value it last found, in the program's namespace or else in the builtins, and
 * takes it again without a lookup while neither has changed since. Both are CountedMaps, and a
 * change to any of them of a name some site has kept moves one shared count; every change goes
 * through set, delete or clear (a module's `__dict__` writes through them too:
 * types/attr-dict.ts), so a kept value is always the one the lookups would find now. Names no
 * site reads (a module-level loop's counter, a running total) change without moving the count,
 * so a loop at module level that calls functions leaves their sites' values in place.
 */
import type { PyValue } from './core';

/** Changes made so far to every CountedMap (one count: a builtin's site depends on two maps). */
export const namespaceChanges = { count: 0 };

/**
 * The names some site has kept a value of (added before the value is kept): only a change to one
 * of them can make a kept value stale. Never emptied: a name stays watched once read by a site.
 */
const watched = new Set<string>();

/** A namespace whose every change of a watched name moves namespaceChanges.count. */
export class CountedMap extends Map<string, PyValue> {
  override set(name: string, value: PyValue): this {
    if (watched.has(name)) namespaceChanges.count++;
    return super.set(name, value);
  }
  override delete(name: string): boolean {
    if (watched.has(name)) namespaceChanges.count++;
    return super.delete(name);
  }
  override clear(): void {
    namespaceChanges.count++;
    super.clear();
  }
}

/** A global-name site's cache: the namespace it was read in, the count then, and the value found. */
export class GlobalSite {
  globals: Map<string, PyValue> | null = null;
  count = -1;
  value: PyValue = null;
  constructor(readonly name: string) {}
}

/**
 * The value of the site's name in `globals`, else in `builtins` (undefined: in neither), kept in
 * the site when the maps it was looked for in count their changes.
 */
export function loadGlobalAt(
  site: GlobalSite,
  globals: Map<string, PyValue>,
  builtins: Map<string, PyValue>,
): PyValue | undefined {
  let v = globals.get(site.name);
  let counted = globals instanceof CountedMap;
  if (v === undefined) {
    v = builtins.get(site.name);
    counted &&= builtins instanceof CountedMap;
  }
  if (v !== undefined && counted) {
    watched.add(site.name);
    site.globals = globals;
    site.count = namespaceChanges.count;
    site.value = v;
  }
  return v;
}
