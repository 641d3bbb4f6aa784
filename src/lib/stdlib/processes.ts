/**
 * `_processes`: the native part of `multiprocessing` (sim/processes.md). A process is a simulated
 * thread with a process of its own (its own GIL; processes compute in parallel on the cores) and
 * its own copy of the program's namespace, made when it starts (fork). Values that cross between
 * processes (arguments, results, queue items) are copied as pickling would copy them.
 */
import {
  PyDict,
  PyList,
  PyModule,
  PyObject,
  PySet,
  PyTuple,
  PyExc,
  frozensetClass,
  setClass,
  addressOf,
  pyError,
  type PyValue,
} from '../runtime/core';
import { defNative } from '../runtime/native';
import { toFloat } from '../runtime/ops';
import { run } from '../runtime/run';
import { PyFunction } from '../interp/function';
import { mainGlobals } from '../interp/state';
import { markBlocking, threadedCall, waitFor, type ThreadGen, type Wait } from '../interp/threaded';
import { ProcessExit } from './process-exit';
import type { Simulation } from '../sim/runners';
import type { SimProcess, ThreadScheduler } from '../sim/threads';

/** What Loopline keeps about a process beside the scheduler's part. */
interface ProcInfo {
  proc: SimProcess;
  /** Its copy of the program's namespace. */
  world: Map<string, PyValue>;
  exitcode: PyValue;
  done: boolean;
  /** multiprocessing's Process object of the process (current_process()). */
  current: PyValue;
}

type Memo = Map<PyValue, PyValue>;

/** A copy of `v` for another process: containers and instances of the program's classes are copied, anything else is shared. */
function copyInto(v: PyValue, memo: Memo): PyValue {
  if (v === null || typeof v !== 'object') return v;
  const seen = memo.get(v);
  if (seen !== undefined) return seen;
  if (v instanceof PyTuple && v.dict === null) {
    const t = new PyTuple([]);
    memo.set(v, t);
    t.items = v.items.map((x) => copyInto(x, memo));
    return t;
  }
  if (v instanceof PyList && v.dict === null) {
    const l = new PyList([]);
    memo.set(v, l);
    l.items = v.items.map((x) => copyInto(x, memo));
    return l;
  }
  if (v instanceof PyDict && v.dict === null) {
    const d = new PyDict();
    memo.set(v, d);
    for (const [hk, e] of v.map) {
      const key = copyInto(e.key, memo);
      d.map.set(typeof hk === 'object' ? (key as PyObject) : hk, { key, value: copyInto(e.value, memo) });
    }
    return d;
  }
  if (v instanceof PySet && v.dict === null && (v.cls === setClass || v.cls === frozensetClass)) {
    const s = new PySet(v.cls);
    memo.set(v, s);
    for (const [hk, x] of v.map) {
      const c = copyInto(x, memo);
      s.map.set(typeof hk === 'object' ? (c as PyObject) : hk, c);
    }
    return s;
  }
  if (v instanceof PyObject && v.constructor === PyObject && v.cls.module === '__main__' && v.dict !== null) {
    // An instance of a class of the program: its attributes are copied.
    const o = new PyObject(v.cls, new Map());
    memo.set(v, o);
    for (const [k, x] of v.dict) o.dict!.set(k, copyInto(x, memo));
    return o;
  }
  // Anything else (classes, modules, library objects such as a multiprocessing.Queue) is shared.
  return v;
}

/** fork(): the new process's copy of the parent's namespace (the functions stay: they run with the copy, see function.ts). */
function forkWorld(parent: Map<string, PyValue>, memo: Memo): Map<string, PyValue> {
  const world = new Map<string, PyValue>();
  for (const [k, v] of parent) world.set(k, copyInto(v, memo));
  return world;
}

/** Pickle's refusal of `v` (raised in the sending process), or nothing. */
function checkPicklable(v: PyValue, pickling: PyValue, seen = new Set<PyValue>()): void {
  if (v === null || typeof v !== 'object' || seen.has(v)) return;
  seen.add(v);
  if (v instanceof PyFunction) {
    if (v.qualname.includes('<locals>'))
      throw pyError('AttributeError', `Can't ${run.minor >= 13 ? 'get' : 'pickle'} local object '${v.qualname}'`);
    if (v.name === '<lambda>') {
      const e = pyError('Exception', '');
      e.exc.cls = pickling as never;
      e.exc.args = [`Can't pickle ${functionRepr(v)}: attribute lookup <lambda> on ${v.module} failed`];
      throw e;
    }
    return;
  }
  if (v.cls.name === 'generator' || v.cls.name === 'coroutine' || v.cls.name === 'lock')
    throw pyError('TypeError', `cannot pickle '${v.cls.name === 'lock' ? '_thread.lock' : v.cls.name}' object`);
  if (v.cls.module === 'multiprocessing.sharedctypes' && v.cls.name.startsWith('Synchronized'))
    throw pyError('RuntimeError', 'Synchronized objects should only be shared between processes through inheritance');
  if (v instanceof PyTuple || v instanceof PyList) for (const x of v.items) checkPicklable(x, pickling, seen);
  else if (v instanceof PyDict)
    for (const e of v.map.values()) {
      checkPicklable(e.key, pickling, seen);
      checkPicklable(e.value, pickling, seen);
    }
  else if (v instanceof PySet) for (const x of v.map.values()) checkPicklable(x, pickling, seen);
  else if (v.cls.module === '__main__' && v.dict !== null)
    for (const x of v.dict.values()) checkPicklable(x, pickling, seen);
}

function functionRepr(f: PyFunction): string {
  return `<function ${f.qualname} at ${addressOf(f)}>`;
}

/** Builds `_processes` for one run. */
export function makeProcesses(sim: Simulation): PyModule {
  const threads: ThreadScheduler = sim.threadScheduler();
  // A program that uses processes has CPU time on the clock (threads.md), unless the run says not.
  if (sim.cpuClock) threads.putCpuOnClock();
  const infos = new Map<number, ProcInfo>();
  const mainProc = threads.main.proc;
  const info = (p: SimProcess): ProcInfo | undefined => infos.get(p.pid);
  const worldOf = (p: SimProcess) => info(p)?.world ?? run.get(mainGlobals);
  const d = new Map<string, PyValue>();
  const def = (name: string, sig: string, fn: (a: PyValue[]) => PyValue) => {
    const f = defNative(name, sig, fn, `_processes.${name}`);
    d.set(name, f);
    return f;
  };
  def('getpid', '()', () => BigInt(threads.current.proc.pid));
  def('getppid', '()', () => BigInt(threads.current.proc === mainProc ? mainProc.pid - 1 : mainProc.pid));
  def('is_main', '()', () => threads.current.proc === mainProc);
  def('current', '()', () => info(threads.current.proc)?.current ?? null);
  /** A copy of `value` as the receiving (current) process gets it; `pickling` is PicklingError's class. */
  def('transfer', '(value, pickling, /)', ([v, pickling]) => {
    checkPicklable(v, pickling);
    return copyInto(v, new Map());
  });
  def('check', '(value, pickling, /)', ([v, pickling]) => (checkPicklable(v, pickling), null));
  /** fork() and run `bootstrap(obj, target, args, kwargs)` in the new process; returns its pid. */
  def(
    'start',
    '(bootstrap, obj, target, args, kwargs, daemon, /)',
    ([bootstrap, obj, target, args, kwargs, daemon]) => {
      const memo: Memo = new Map();
      const world = forkWorld(worldOf(threads.current.proc), memo);
      const name = obj instanceof PyObject ? obj.dict?.get('_name') : undefined;
      const proc = threads.newProcess(typeof name === 'string' ? name : `process ${threads.threads.length}`);
      proc.fork = { from: run.get(mainGlobals), to: world };
      const child = copyInto(obj, memo);
      const pi: ProcInfo = { proc, world, exitcode: null, done: false, current: child };
      infos.set(proc.pid, pi);
      const a = [child, copyInto(target, memo), copyInto(args, memo), copyInto(kwargs, memo)];
      // The interpreter's exit waits for a process that is not a daemon (multiprocessing joins them).
      threads.start(processMain(bootstrap, a, pi), `process ${proc.pid}`, proc).daemon = daemon === true;
      return BigInt(proc.pid);
    },
  );
  def('set_exitcode', '(code, /)', ([code]) => {
    const pi = info(threads.current.proc);
    if (pi) pi.exitcode = code;
    return null;
  });
  def('exitcode', '(pid, /)', ([pid]) => {
    const pi = infos.get(Number(pid));
    return pi && ended(pi) ? pi.exitcode : null;
  });
  def('alive', '(pid, /)', ([pid]) => {
    const pi = infos.get(Number(pid));
    return pi !== undefined && !ended(pi);
  });
  const ended = (pi: ProcInfo) => pi.done && pi.proc.busyUntil <= sim.clock.now;
  const joinWait = (pid: PyValue, timeout: PyValue): Wait | null => {
    const pi = infos.get(Number(pid));
    if (pi === undefined || ended(pi)) return null;
    const deadline = timeout === null || timeout === undefined ? null : sim.clock.now + Math.max(0, toFloat(timeout));
    return { ready: () => ended(pi), deadline, what: `process ${String(pid)} to end` } as Wait;
  };
  const join = def('join', '(pid, timeout=None, /)', ([pid, timeout]) => {
    const w = joinWait(pid, timeout ?? null);
    if (w !== null) threads.blockInPlace(w);
    return null;
  });
  markBlocking(join, function* (_self, args): ThreadGen {
    const w = joinWait(args[0], args[1] ?? null);
    if (w !== null) yield* waitFor(w);
    return null;
  });
  def('cpu_count', '()', () => BigInt(threads.cores));
  /**
   * A signal that ends the process where it is (SIGTERM at the interpreter's exit for a daemon child,
   * Process.terminate() and kill()): its exit code is the signal's number, negated. An ended one stays as it was.
   */
  def('stop', '(pid, exitcode=-15, /)', ([pid, code]) => {
    const pi = infos.get(Number(pid));
    if (pi === undefined || pi.done) return null;
    threads.stopProcess(pi.proc);
    pi.done = true;
    pi.exitcode = code ?? -15n;
    return null;
  });
  return new PyModule('_processes', d);

  function* processMain(bootstrap: PyValue, args: PyValue[], pi: ProcInfo): ThreadGen {
    try {
      yield* threadedCall(bootstrap, args, null);
    } catch (e) {
      if (e instanceof ProcessExit) pi.exitcode = BigInt(e.status);
      else if (!(e instanceof PyExc)) throw e;
      else if (pi.exitcode === null) pi.exitcode = 1n;
    } finally {
      pi.done = true;
    }
    return null;
  }
}
