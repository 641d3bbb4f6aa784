/**
 * The interpreter's part of a run: its builtins and modules (the import statement), and the
 * runaway guard every loop iteration and call passes through.
 */
import { PyModule, PyNativeFunction, pyError, type PyValue } from '../runtime/core';
import { run, RunSlot } from '../runtime/run';
import { heapCheck, operationLimit } from '../runtime/memory';

/** Thrown (not a Python exception: `except` cannot catch it) when a run passes a limit. */
export class LimitExceeded {
  constructor(
    public message: string,
    public line: number | null = null,
    /** Which budget ran out: the operations, the characters of output, or the engine's memory. */
    public kind: 'operations' | 'output' | 'memory' = 'operations',
  ) {}
}

export class Interpreter {
  /** sys.modules: the modules this run has imported. */
  readonly modules = new Map<string, PyModule>();
  /** Told when the module named is first imported (asyncio.run installs its SIGINT handler then). */
  readonly onImport = new Map<string, (m: PyModule) => void>();
  /** Told of every module first imported (sys.modules lists them). */
  onAnyImport: ((name: string, m: PyModule) => void) | null = null;
  constructor(
    readonly builtins: Map<string, PyValue>,
    /** Builds a module this run has not imported yet (the standard library's table); undefined if there is none. */
    readonly findModule: (name: string) => PyModule | undefined,
  ) {}
}

/** The run's interpreter, set by simulate() before the program starts. */
export const interpreter = new RunSlot<Interpreter>('interpreter');

/** The import statement: sys.modules first, else the module is built once for this run. */
export function importModule(name: string): PyModule {
  if (name === '__main__') return run.get(mainModule);
  const interp = run.get(interpreter);
  const have = interp.modules.get(name);
  if (have) return have;
  const m = interp.findModule(name);
  if (!m) {
    // The program's own module is never a package.
    const why = name.startsWith('__main__.') ? "; '__main__' is not a package" : '';
    const e = pyError('ModuleNotFoundError', `No module named '${name}'${why}`);
    e.exc.dict!.set('name', name);
    throw e;
  }
  interp.modules.set(name, m);
  // A built-in function belongs to the public module it came with: its __module__ and __self__.
  if (!name.startsWith('_'))
    for (const v of m.dict!.values()) if (v instanceof PyNativeFunction && v.self === undefined) v.module ??= name;
  interp.onImport.get(name)?.(m);
  interp.onAnyImport?.(name, m);
  // As in Python, a submodule is an attribute of its package (`import logging.config`).
  const dot = name.lastIndexOf('.');
  if (dot > 0) importModule(name.slice(0, dot)).dict!.set(name.slice(dot + 1), m);
  return m;
}

/** How often (in operations) the simulation is told the run is still going. */
const PROGRESS_OPS = 0x10000;

/** Told every 2^16 operations that the run is still going (the simulation reports its progress). */
export const stillRunning = new RunSlot<{ stillRunning(): void } | null>('still running', () => null);

/**
 * The engine's heap, where the host can read it (the CLI: V8's heap statistics; a browser worker
 * has no such reading). A program whose data keeps growing would otherwise take the engine down
 * with it: the CLI's process, or the whole browser tab.
 */
export interface HeapGauge {
  /** Bytes in use now. */
  used(): number;
  /** Bytes the engine may use at most. */
  limit: number;
}

/** The run's heap gauge (RunOptions.heapGauge), or null where there is none. */
export const heapGauge = new RunSlot<HeapGauge | null>('heap gauge', () => null);

/**
 * How often (in operations, a multiple of PROGRESS_OPS) the heap gauge is read: an operation
 * allocates little, except the big allocations that read it themselves (runtime/memory.ts).
 */
const HEAP_OPS = PROGRESS_OPS * 4;

/** The share of the engine's heap past which a run is stopped, well before the engine runs out. */
const HEAP_SHARE = 0.8;

/** Called on every loop iteration and function call: one comparison until something is due (run.tickAt). */
export function tick(line: number): void {
  if (++run.ops >= run.tickAt) tickDue(line);
}

/** tick()'s rarer conditions, each checked exactly; then the next count at which one can be due. */
function tickDue(line: number): void {
  const r = run;
  if (r.ops % PROGRESS_OPS === 0) {
    r.get(stillRunning)?.stillRunning();
    if (r.ops % HEAP_OPS === 0) checkHeap(line);
  }
  if (r.ops > r.limits.operations) throw operationsExceeded(line);
  if (r.ops >= r.switchAt) r.sliceOver();
  r.tickAt = Math.min((Math.floor(r.ops / PROGRESS_OPS) + 1) * PROGRESS_OPS, r.limits.operations + 1, r.switchAt);
}

function operationsExceeded(at: number): LimitExceeded {
  // Native code (an asyncio coroutine's resume) ticks without a line: the user's running line it is.
  const line = at || run.userLine;
  return new LimitExceeded(
    `Limit: stopped after ${run.limits.operations.toLocaleString('en-US')} operations without finishing (an endless loop?), at line ${line}`,
    line,
  );
}

function checkHeap(at: number): void {
  const gauge = run.get(heapGauge);
  if (gauge === null) return;
  const used = gauge.used();
  if (used <= gauge.limit * HEAP_SHARE) return;
  const line = at || run.userLine;
  const mb = (n: number) => Math.round(n / 2 ** 20).toLocaleString('en-US');
  throw new LimitExceeded(
    `Limit: stopped when memory in use reached ${mb(used)} MB, over ${HEAP_SHARE * 100}% of the ${mb(gauge.limit)} MB the simulator may use (a list, dict or string that keeps growing?), at line ${line}`,
    line,
    'memory',
  );
}

// A big allocation reads the heap gauge too (runtime/memory.ts), at the running line.
heapCheck.read = () => checkHeap(0);

// Big-integer work charged at once (runtime/memory.ts) stops at the same limit, at the running line.
operationLimit.exceeded = () => {
  throw operationsExceeded(run.userLine);
};

/** The program's module namespace (`__main__`): what a forked process copies (stdlib/processes.ts). */
export const mainGlobals = new RunSlot<Map<string, PyValue>>('main globals', () => new Map());

/**
 * The program's own module over its globals: what `import __main__` and sys.modules['__main__']
 * give. Not among the interpreter's modules, which are the library's (sim/lifetimes.ts).
 */
export const mainModule = new RunSlot<PyModule>('main module', () => new PyModule('__main__', run.get(mainGlobals)));
