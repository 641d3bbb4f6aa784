/**
 * Inline caches for the source tier's reads of a global name (`fib` inside `fib`, `range`): a
 * site keeps the value it last found, in its module's namespace or else in the builtins, and
 * takes it again without a lookup while neither has changed since. Both are CountedMaps, each
 * counting its own changes of the names some site has kept; every change goes through set, delete
 * or clear (a module's `__dict__` writes through them too: types/attr-dict.ts), so a kept value is
 * always the one the lookups would find now. Names no site reads (a module-level loop's counter, a
 * running total) change without moving a count, so a loop at module level that calls functions
 * leaves their sites' values in place.
 */
import type { PyValue } from './core';

/**
 * The names some site has kept a value of (added before the value is kept): only a change to one
 * of them can make a kept value stale. Never emptied: a name stays watched once read by a site.
 */
const watched = new Set<string>();

/** A namespace that counts its changes of watched names, so that a site can tell it has not changed. */
export class CountedMap extends Map<string, PyValue> {
  changes = 0;
  override set(name: string, value: PyValue): this {
    if (watched.has(name)) this.changes++;
    return super.set(name, value);
  }
  override delete(name: string): boolean {
    if (watched.has(name)) this.changes++;
    return super.delete(name);
  }
  override clear(): void {
    this.changes++;
    super.clear();
  }
}

/**
 * A global-name site's cache: the namespace it was read in, the value found, and both maps' counts
 * then (a name found in the builtins is shadowed by one later set in the globals).
 */
export class GlobalSite {
  globals: Map<string, PyValue> | null = null;
  builtins: CountedMap | null = null;
  globalsCount = -1;
  builtinsCount = -1;
  value: PyValue = null;
  constructor(readonly name: string) {}
}

/**
 * The value of the site's name in `globals`, else in `builtins` (undefined: in neither), kept in
 * the site when both maps count their changes.
 */
export function loadGlobalAt(
  site: GlobalSite,
  globals: Map<string, PyValue>,
  builtins: Map<string, PyValue>,
): PyValue | undefined {
  let v = globals.get(site.name);
  if (v === undefined) v = builtins.get(site.name);
  if (v !== undefined && globals instanceof CountedMap && builtins instanceof CountedMap) {
    watched.add(site.name);
    site.globals = globals;
    site.builtins = builtins;
    site.globalsCount = globals.changes;
    site.builtinsCount = builtins.changes;
    site.value = v;
  }
  return v;
}
