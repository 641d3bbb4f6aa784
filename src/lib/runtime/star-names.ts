/**
 * Names a `from m import *` would have bound in CPython and Loopline could not, because it does not
 * simulate them (`from shutil import *` binds disk_usage there): the import leaves them unbound and
 * notes them here, per namespace, so that the program's later use of one says it is not simulated
 * instead of looking like the program's own NameError. A name the program binds itself is found
 * before this is asked; one it binds and then deletes is forgotten here, its NameError being CPython's.
 */
import { pyError, type PyExc, type PyValue } from './core';
import { RunSlot, run } from './run';

type Namespace = Map<string, PyValue>;

/** Each namespace's noted names, with the dotted name each stands for (`shutil.disk_usage`). */
const noted = new RunSlot('unsimulated star names', () => new WeakMap<Namespace, Map<string, string>>());

/** `name` of `globals` is `dotted`, which an `import *` left unbound as not simulated. */
export function noteUnsimulatedStarName(globals: Namespace, name: string, dotted: string): void {
  const table = run.get(noted);
  let names = table.get(globals);
  if (names === undefined) table.set(globals, (names = new Map()));
  names.set(name, dotted);
}

/** `name` of `globals` is bound now (an `import *` found it) or deleted by the program: no longer noted. */
export function forgetStarName(globals: Namespace, name: string): void {
  run.get(noted).get(globals)?.delete(name);
}

/** The NotSimulatedError for a noted name of `globals`; null for a name that is simply missing. */
export function unsimulatedStarName(globals: Namespace, name: string): PyExc | null {
  const dotted = run.get(noted).get(globals)?.get(name);
  return dotted === undefined ? null : pyError('NotSimulatedError', `${dotted} is not simulated in Loopline`);
}
