/**
 * Attributes of built-in classes that a later CPython added: in a run of an older version they are
 * not there at all (`hasattr` is False, `dir()` leaves them out, the AttributeError is CPython's),
 * as in that Python. The classes are shared by every run, so each such attribute is put in or
 * taken out of its class's namespace whenever the simulated version changes.
 */
import { classesChanged, type PyClass } from './core';
import { onVersion } from './run';

/** `cls.name` (already defined on the class) exists from 3.`minor` on. */
export function since(minor: number, cls: PyClass, name: string): void {
  const value = cls.dict!.get(name);
  if (value === undefined) throw new Error(`since: ${cls.name}.${name} is not defined`);
  onVersion((now) => {
    const has = cls.dict!.has(name);
    if (now >= minor && !has) cls.dict!.set(name, value);
    else if (now < minor && has) cls.dict!.delete(name);
    else return;
    classesChanged();
  });
}
