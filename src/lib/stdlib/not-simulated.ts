/**
 * Standard-library modules Loopline does not simulate: importing one raises ImportError saying so
 * (a program's `except ImportError` still catches it), where a module Python itself does not have
 * keeps CPython's ModuleNotFoundError, so neither looks like the other.
 */
import { pyError, type PyExc } from '../runtime/core';
import { STDLIB_PACKAGES, STDLIB_SUBMODULES, WHOLE_STDLIB_PACKAGES } from './stdlib-submodules';
import { stdlibModuleNames } from '../ir/stdlib-module-names';
import { run } from '../runtime/run';

/**
 * Whether `name` is a module of the running version's standard library (a submodule only if its
 * package has it): `annotationlib` is from 3.14, `imp` gone from 3.12.
 */
export function isStandardLibrary(name: string): boolean {
  const standardLibrary = stdlibModuleNames(run.minor);
  const dot = name.indexOf('.');
  if (dot < 0) return standardLibrary.has(name);
  const top = name.slice(0, dot);
  return standardLibrary.has(top) && (WHOLE_STDLIB_PACKAGES.has(top) || STDLIB_SUBMODULES.has(name));
}

/** The error an import of a standard-library module Loopline lacks raises. */
export function notSimulated(name: string): PyExc {
  const e = pyError(
    'ImportError',
    `module '${name}' is part of Python's standard library but is not simulated in Loopline`,
  );
  e.exc.dict!.set('name', name);
  return e;
}

/** Whether standard-library module `name` is a package (has submodules). */
export function isStandardPackage(name: string): boolean {
  return STDLIB_PACKAGES.has(name) || WHOLE_STDLIB_PACKAGES.has(name.split('.')[0]);
}

/** CPython's error for `import os.nothing`: the module it names is not a package. */
export function notAPackage(name: string, parent: string): PyExc {
  const e = pyError('ModuleNotFoundError', `No module named '${name}'; '${parent}' is not a package`);
  e.exc.dict!.set('name', name);
  return e;
}
