/**
 * Names CPython 3.13 has on the modules Loopline simulates and on their classes (recorded by
 * scripts/cpython-names.py), so that reaching one Loopline lacks says "not simulated" instead of
 * looking like the user's own AttributeError.
 */
import { PyClass, PyModule, typeOf, type PyValue } from '../runtime/core';
import { unsimulatedNames } from '../runtime/ops';
import { run } from '../runtime/run';
import recorded from './cpython-names.json';

let modules: Map<string, Set<string>> | null = null;
let classes: Map<string, Set<string>> | null = null;

function table(raw: Record<string, string>): Map<string, Set<string>> {
  return new Map(Object.entries(raw).map(([k, names]) => [k, new Set(names.split(' '))]));
}

/** The dotted name of `obj.name` when CPython has it there; null when CPython lacks it too. */
function cpythonName(obj: PyValue, name: string): string | null {
  // The names are 3.13's: on another version a name 3.13 has may truly be missing (Queue.shutdown on 3.12).
  if (run.minor !== 13) return null;
  modules ??= table(recorded.modules);
  classes ??= table(recorded.classes);
  if (obj instanceof PyModule) return modules.get(obj.name)?.has(name) ? `${obj.name}.${name}` : null;
  const cls = obj instanceof PyClass ? obj : typeOf(obj);
  // A user's class (or instance) is never one of CPython's, whatever it is called.
  if (cls.module === '__main__') return null;
  for (const c of cls.mro) {
    const names = classes.get(`${c.module}.${c.qualname}`);
    if (names?.has(name)) return `${cls.qualname}.${name}`;
  }
  return null;
}

unsimulatedNames.find = cpythonName;
