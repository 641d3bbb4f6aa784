/**
 * How a handle's repr names a callback CPython writes in Python inside asyncio
 * (format_helpers._format_callback_source): `gather.<locals>._done_callback() at
 * /usr/lib/python3.13/asyncio/tasks.py:820`. The file and first line of each such function, per
 * version, are data recorded from CPython by scripts/asyncio-callback-sources.py (and .mjs for 3.14);
 * the folder is the one Loopline's tracebacks name for library files (stdlib/module-files.ts).
 */
import { PyObject, builtinClass, type PyValue } from '../runtime/core';
import { repr } from '../runtime/ops';
import { run } from '../runtime/run';
import { limitedRepr } from './reprlib';
import recorded from './callback-sources.json';

const sources = recorded as Record<string, Record<string, string>>;

/** `file.py:line` of the function with this qualname in the simulated version's asyncio, if it has one in Python. */
function recordedAt(qualname: string): string | undefined {
  return sources[qualname]?.[String(run.minor)];
}

/** Whether a module name is asyncio's package or one of its submodules. */
export function inAsyncio(module: string | undefined): boolean {
  return module === 'asyncio' || (module?.startsWith('asyncio.') ?? false);
}

/** ` at <file>:<line>` for a function of asyncio's Python source with this qualname, else ''. */
export function asyncioSource(qualname: string): string {
  const at = recordedAt(qualname);
  return at === undefined ? '' : ` at /usr/lib/python3.${run.minor}/asyncio/${at}`;
}

/** The arguments as format_helpers shows them: up to 3.12 each one's reprlib repr, from 3.13 none outside debug mode. */
export function shownArgs(args: PyValue[], debug = false): string {
  return run.minor >= 13 && !debug ? '()' : `(${args.map(limitedRepr).join(', ')})`;
}

/** A callback of asyncio's own, named as CPython names it: a function's qualname, its arguments, its source. */
export function formatNamed(qualname: string, args: PyValue[], debug = false): string {
  return `${qualname}${shownArgs(args, debug)}${asyncioSource(qualname)}`;
}

// The C Task schedules each step as a TaskStepMethWrapper, an object with no __qualname__: the
// handle shows the object's own repr. 3.11's type has no module in its name.
const stepWrapperClasses = new Map<boolean, ReturnType<typeof builtinClass>>();

const stepWrappers = new WeakMap<object, PyObject>();

/** A task step's callback object (one per handle, as the C Task makes one per step it schedules). */
export function stepWrapper(handle: object): PyObject {
  let w = stepWrappers.get(handle);
  if (w === undefined) {
    const named = run.minor >= 12;
    let cls = stepWrapperClasses.get(named);
    if (cls === undefined) {
      cls = builtinClass('TaskStepMethWrapper');
      if (named) cls.module = '_asyncio';
      stepWrapperClasses.set(named, cls);
    }
    w = new PyObject(cls);
    stepWrappers.set(handle, w);
  }
  return w;
}

/** A task step's callback as its handle shows it: `<_asyncio.TaskStepMethWrapper object at 0x...>()`. */
export function stepWrapperRepr(handle: object): string {
  return `${repr(stepWrapper(handle))}()`;
}

/**
 * The asyncio submodule CPython defines a Python function in (`asyncio.tasks` for `sleep`), from its
 * file in the table; undefined for a function CPython writes in C (`current_task`) or does not have.
 */
export function asyncioModuleOf(qualname: string): string | undefined {
  // Asked for each of asyncio's functions at every import: the answers, per version, are kept for
  // the process (the table does not change).
  let known = modulesOf.get(run.minor);
  if (known === undefined) modulesOf.set(run.minor, (known = new Map()));
  if (known.has(qualname)) return known.get(qualname);
  const at = recordedAt(qualname);
  const module = at === undefined ? undefined : `asyncio.${at.slice(0, at.indexOf('.py'))}`;
  known.set(qualname, module);
  return module;
}
const modulesOf = new Map<number, Map<string, string | undefined>>();
