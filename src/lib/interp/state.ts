/**
 * Per-run interpreter state: builtins, the module registry, recursion depth and the runaway guard.
 */
import { PyModule, pyError, type PyValue } from '../runtime/core';

/** Thrown (not a Python exception: `except` cannot catch it) when a run passes a limit. */
export class LimitExceeded {
  constructor(public message: string, public line: number | null = null) {}
}

export const limits = {
  /** Python's default recursion limit. */
  recursion: 1000,
  /** Statements executed before the run is stopped as runaway (an endless loop without await). */
  operations: 20_000_000,
};

export const state = {
  builtins: new Map<string, PyValue>(),
  depth: 0,
  ops: 0,
  /** The line the innermost frame is executing, for locating limit errors. */
  lastLine: 0,
  /** The last line of the user's program that started running. */
  userLine: 0,
  /** sys.modules: the modules this run has imported. */
  modules: new Map<string, PyModule>(),
  /** Builds a module this run has not imported yet (the standard library's table); undefined if there is none. */
  findModule: (_name: string): PyModule | undefined => undefined,
};

/** The import statement: sys.modules first, else the module is built once for this run. */
export function importModule(name: string): PyModule {
  const have = state.modules.get(name);
  if (have) return have;
  const m = state.findModule(name);
  if (!m) {
    const e = pyError('ModuleNotFoundError', `No module named '${name}'`);
    e.exc.dict!.set('name', name);
    throw e;
  }
  state.modules.set(name, m);
  return m;
}

export function resetState(builtins: Map<string, PyValue>, findModule: (name: string) => PyModule | undefined): void {
  state.builtins = builtins;
  state.findModule = findModule;
  // The module's own frame counts towards the recursion limit, as in CPython.
  state.depth = 1;
  state.ops = 0;
  state.lastLine = 0;
  state.userLine = 0;
  state.modules = new Map();
}

/** Called on every loop iteration and function call. */
export function tick(line: number): void {
  if (++state.ops > limits.operations) {
    throw new LimitExceeded(
      `Limit: stopped after ${limits.operations.toLocaleString('en-US')} operations without finishing (an endless loop?), at line ${line}`,
      line
    );
  }
}
