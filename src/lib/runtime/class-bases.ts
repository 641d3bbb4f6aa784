/**
 * A class's bases after it exists: `C.__base__` (the base whose instance layout C extends),
 * `C.__subclasses__()`, and `C.__bases__ = (...)`, which re-linearises C's MRO and its subclasses'
 * as CPython's type_set_bases does, with its checks and messages.
 */
import {
  PyClass,
  PyTuple,
  classesChanged,
  computeMro,
  listedSubclasses,
  pyError,
  typeName,
  type PyValue,
} from './core';
import { finalTypeName } from './final-types';
import { run } from './run';
import { bestBase, solidBase } from './type-layout';

/** The classes naming `cls` among their bases, oldest first (Loopline's own view of them). */
function subclassesOf(cls: PyClass): PyClass[] {
  return cls.subclassList ?? [];
}

/**
 * `C.__subclasses__()` as the program calls it. A builtin class keeps no list: one that cannot be
 * subclassed has none, and the others are refused, as CPython's list holds its own builtin
 * subclasses and then every class of the standard library loaded by then (int's has IntEnum
 * and IntFlag once enum is imported), which Loopline's library does not reproduce.
 */
export function programSubclasses(cls: PyClass): PyClass[] {
  if (cls.isBuiltin || cls.module === 'builtins') {
    if (finalTypeName(cls) !== null) return [];
    throw pyError(
      'NotSimulatedError',
      `${cls.name}.__subclasses__() of a builtin class (CPython's list holds the library's classes loaded ` +
        'by then) is not simulated in Loopline',
    );
  }
  return subclassesOf(cls);
}

/** gc.collect() frees the listed classes for which `live` says no: they leave their bases' lists. */
export function dropFreedSubclasses(live: (c: PyClass) => boolean): void {
  const listed = run.get(listedSubclasses);
  for (const c of listed) {
    if (live(c)) continue;
    listed.delete(c);
    for (const b of c.bases) if (b.subclassList) b.subclassList = b.subclassList.filter((x) => x !== c);
  }
}

/** `cls.__bases__ = value`. */
export function setBases(cls: PyClass, value: PyValue): void {
  if (cls.isBuiltin) throw pyError('TypeError', `cannot set '__bases__' attribute of immutable type '${cls.name}'`);
  if (!(value instanceof PyTuple))
    throw pyError('TypeError', `can only assign tuple to ${cls.name}.__bases__, not ${typeName(value)}`);
  if (value.items.length === 0)
    throw pyError('TypeError', `can only assign non-empty tuple to ${cls.name}.__bases__, not ()`);
  for (const b of value.items) {
    if (!(b instanceof PyClass))
      throw pyError('TypeError', `${cls.name}.__bases__ must be tuple of classes, not '${typeName(b)}'`);
    if (b.isSubclassOf(cls)) throw pyError('TypeError', 'a __bases__ item causes an inheritance cycle');
  }
  const bases = value.items as PyClass[];
  const dup = bases.find((b, i) => bases.indexOf(b) !== i);
  if (dup !== undefined) throw pyError('TypeError', `duplicate base class ${dup.name}`);
  const oldSolid = solidBase(bestBase(cls.bases));
  const newSolid = solidBase(bestBase(bases));
  if (oldSolid !== newSolid)
    throw pyError(
      'TypeError',
      `__bases__ assignment: '${bestBase(bases).name}' deallocator differs from '${bestBase(cls.bases).name}'`,
    );
  const oldBases = cls.bases;
  const saved = new Map<PyClass, PyClass[]>();
  cls.bases = bases;
  try {
    relinearise(cls, saved);
  } catch (e) {
    // A failed MRO leaves every class as it was.
    cls.bases = oldBases;
    for (const [c, mro] of saved) c.mro = mro;
    throw e;
  }
  // As CPython, the class leaves its old bases' subclass lists and joins the new ones' at the end.
  for (const b of oldBases) if (b.subclassList) b.subclassList = b.subclassList.filter((c) => c !== cls);
  cls.joinSubclassLists();
  classesChanged();
}

/** Recomputes the MRO of `cls` and of every class below it, remembering the old ones. */
function relinearise(cls: PyClass, saved: Map<PyClass, PyClass[]>): void {
  if (!saved.has(cls)) saved.set(cls, cls.mro);
  cls.mro = computeMro(cls);
  if (cls.mro.some((c) => c.finalizes)) cls.finalizes = true;
  for (const sub of subclassesOf(cls)) relinearise(sub, saved);
}
