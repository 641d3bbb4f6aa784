/**
 * Names a run gives some objects (a module, a class) only when the program first needs one of them:
 * a part of a library most programs never use (asyncio's subprocesses) is run then, not at import.
 * Until then the names are missing from the objects' dicts; the runtime asks here before it decides
 * that a name is missing (getattr, a class's lookup, `__dict__`), and before it lists an object's
 * names (dir(), `import *`), so that the program sees what it would have seen had the part run
 * at import. One `fill` may serve several objects; it runs once, for all of them.
 */
import { RunSlot, run } from './run';

interface Lazy {
  names: ReadonlySet<string>;
  fill: () => void;
}

/** The run's objects with names still to come (most runs have none), each with its parts still to run. */
const pending = new RunSlot('lazy names', () => new Map<object, Lazy[]>());

/** `names` of `holder` are made by `fill` (which may make those of other objects too) when first needed. */
export function addLazyNames(holder: object, names: ReadonlySet<string>, fill: () => void): void {
  const table = run.get(pending);
  const lazies = table.get(holder);
  if (lazies === undefined) table.set(holder, [{ names, fill }]);
  else lazies.push({ names, fill });
}

function runFill(table: Map<object, Lazy[]>, fill: () => void): void {
  for (const [holder, lazies] of table) {
    const rest = lazies.filter((l) => l.fill !== fill);
    if (rest.length === 0) table.delete(holder);
    else if (rest.length < lazies.length) table.set(holder, rest);
  }
  fill();
}

/** Makes `name` of `holder` real if it is one still to come; whether it was. */
export function fillName(holder: object, name: string): boolean {
  const table = run.get(pending);
  if (table.size === 0) return false;
  const lazy = table.get(holder)?.find((l) => l.names.has(name));
  if (lazy === undefined) return false;
  runFill(table, lazy.fill);
  return true;
}

/** Makes every name still to come of `holder` real (before its names are listed); whether there were any. */
export function fillAll(holder: object): boolean {
  const table = run.get(pending);
  if (table.size === 0) return false;
  const lazies = table.get(holder);
  if (lazies === undefined) return false;
  for (const lazy of [...lazies]) runFill(table, lazy.fill);
  return true;
}

/** A class's lookup missed `name`: makes it real if it is one still to come of a class along `mro`. */
export function fillClassName(mro: readonly object[], name: string): boolean {
  const table = run.get(pending);
  if (table.size === 0) return false;
  for (const c of mro) if (fillName(c, name)) return true;
  return false;
}

/**
 * Puts `entries` into `dict` right after `anchor` (at the end when it is gone), where a run that
 * made them at import would have them, keeping any the program set meanwhile.
 */
export function insertAfter<V>(dict: Map<string, V>, anchor: string, entries: [string, V][]): void {
  const fresh = entries.filter(([k]) => !dict.has(k));
  if (fresh.length === 0) return;
  if (!dict.has(anchor)) {
    for (const [k, v] of fresh) dict.set(k, v);
    return;
  }
  const all = [...dict];
  dict.clear();
  for (const [k, v] of all) {
    dict.set(k, v);
    if (k === anchor) for (const [fk, fv] of fresh) dict.set(fk, fv);
  }
}

/**
 * Puts the names a part made late (`made`) into its namespace `m` where a run that made them at import
 * would have them: after the names of `before`, ahead of the rest. `saved` is `m` as it was before the
 * part ran; a name the program set meanwhile keeps the program's value.
 */
export function placeMade<V>(
  m: Map<string, V>,
  saved: Map<string, V>,
  before: ReadonlySet<string>,
  made: Map<string, V>,
): void {
  m.clear();
  for (const [k, v] of saved) if (before.has(k)) m.set(k, v);
  for (const [k, v] of made) m.set(k, saved.has(k) ? saved.get(k)! : v);
  for (const [k, v] of saved) if (!m.has(k)) m.set(k, v);
}
