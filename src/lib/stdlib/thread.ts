/**
 * The `_thread` module on the simulated threads (sim/threads.md): locks whose acquire blocks the
 * calling thread on the virtual clock, start_new_thread, get_ident. `threading` is Python on top.
 */
import {
  PyExc,
  PyModule,
  PyObject,
  addressOf,
  builtinClass,
  getExcClass,
  pyError,
  type PyValue,
  markCType,
} from '../runtime/core';
import { defNative, defNativeMethod } from '../runtime/native';
import { toFloat, truthy, iterToArray, repr } from '../runtime/ops';
import { markBlocking, threadedCall, waitFor, type ThreadGen, type Wait } from '../interp/threaded';
import { currentSimulation, type Simulation } from '../sim/runners';
import type { SimThread, ThreadScheduler } from '../sim/threads';
import { PyDict, PyExceptionObject } from '../runtime/core';
import { run } from '../runtime/run';
import { formatTraceback } from '../interp/traceback';
import { FRAMES, leftPythonLibraryFrame, type LibraryFrameName } from '../interp/library-frames';

const lockClass = builtinClass('lock');
lockClass.module = '_thread';
markCType(lockClass);

class PyLock extends PyObject {
  held = false;
  constructor() {
    super(lockClass, null);
  }
}

// 3.13 gave the lock type a constructor (threading.Lock is the type itself); before, it had none.
lockClass.slots.call = (cls, args, kw) => {
  if (run.minor < 13) throw pyError('TypeError', `cannot create '_thread.${cls.name}' instances`);
  const n = args.length + (kw?.size ?? 0);
  if (n > 0) throw pyError('TypeError', `lock expected 0 arguments, got ${n}`);
  return new PyLock();
};

/** Run a blocking form where the caller is (main thread, or native code): block in place at each wait. */
function blockHere(threads: ThreadScheduler, g: ThreadGen): PyValue {
  let r = g.next(null);
  while (!r.done) {
    threads.blockInPlace(r.value as unknown as Wait);
    r = g.next(null);
  }
  return r.value;
}

function* acquire(sim: Simulation, lock: PyLock, blocking: boolean, timeout: number): ThreadGen {
  if (!blocking && timeout !== -1) throw pyError('ValueError', "can't specify a timeout for a non-blocking call");
  if (timeout < 0 && timeout !== -1) throw pyError('ValueError', 'timeout value must be a non-negative number');
  if (!lock.held) return (lock.held = true);
  if (!blocking) return false;
  const deadline = timeout >= 0 ? sim.clock.now + timeout : null;
  while (lock.held) {
    if (deadline !== null && sim.clock.now >= deadline) return false;
    yield* waitFor({ ready: () => !lock.held, deadline, what: 'Lock' } as Wait);
  }
  return (lock.held = true);
}

/** Builds `_thread` for one run. */
export function makeThread(sim: Simulation): PyModule {
  const threads = sim.threadScheduler();
  const d = new Map<string, PyValue>();
  const def = (name: string, sig: string, fn: (a: PyValue[]) => PyValue) => {
    const f = defNative(name, sig, fn, `_thread.${name}`);
    // Its own module's, whichever module imports _thread first (threading does, at start-up).
    f.module = '_thread';
    d.set(name, f);
    return f;
  };
  def('allocate_lock', '()', () => new PyLock());
  def('get_ident', '()', () => BigInt(threads.current.ident));
  def('_main_ident', '()', () => BigInt(threads.main.ident));
  def('_count', '()', () => BigInt(threads.threads.filter((t) => t !== threads.main && !t.done).length));
  // Whether the thread `ident` belongs to the running thread's process (threading lists only those).
  def('_same_process', '(ident, /)', ([ident]) => {
    const t = threads.threads.find((x) => BigInt(x.ident) === ident);
    return t === undefined || t.proc === threads.current.proc;
  });
  def('_set_name', '(name, /)', ([name]) => (threads.rename(threads.current, String(name)), null));
  def('_set_daemon', '(ident, daemon, /)', ([ident, daemon]) => {
    const t = threads.threads.find((x) => BigInt(x.ident) === ident);
    if (t) threads.setDaemon(t, truthy(daemon));
    return null;
  });
  /** Non-daemon threads of the main process still running (the interpreter waits for them at exit; multiprocessing joins child processes after). */
  const waited = (t: SimThread) => t !== threads.main && !t.done && !t.daemon && t.proc === threads.main.proc;
  def('_wait_all', '()', () => {
    threads.flushCpuInPlace();
    if (threads.threads.some(waited))
      threads.blockInPlace({
        ready: () => !threads.threads.some(waited),
        deadline: null,
        what: 'the threads to end',
      } as Wait);
    return null;
  });
  def('start_new_thread', '(function, args, kwargs=None, /)', ([fn, args, kwargs]) => {
    const a = iterToArray(args);
    const kw = kwargs instanceof PyDict ? new Map([...kwargs.map.values()].map((e) => [String(e.key), e.value])) : null;
    const t = threads.start(threadMain(sim, fn, a, kw));
    return BigInt(t.ident);
  });
  def('_cpu_count', '()', () => BigInt(sim.cores));
  // threading.excepthook's text: the exception's traceback as Python prints it.
  def('_format_exception', '(exc, /)', ([exc]) => {
    if (!(exc instanceof PyExceptionObject)) return repr(exc) + '\n';
    return formatTraceback(exc, run.fileName, sim.sourceLines);
  });
  // threading's functions an exception leaves (its traceback shows their frames, as CPython's).
  def('_left_frame', '(exc, name, /)', ([exc, name]) => {
    const key = String(name);
    if (exc instanceof PyExceptionObject && key in FRAMES) leftPythonLibraryFrame(exc, key as LibraryFrameName);
    return null;
  });
  d.set('LockType', lockClass);
  d.set('error', getExcClass('RuntimeError'));
  d.set('TIMEOUT_MAX', 4294967.0);
  return new PyModule('_thread', d);
}

function* threadMain(sim: Simulation, fn: PyValue, args: PyValue[], kw: Map<string, PyValue> | null): ThreadGen {
  try {
    yield* threadedCall(fn, args, kw);
  } catch (e) {
    if (!(e instanceof PyExc)) throw e;
    sim.rec.stderr(`Exception ignored in thread started by: ${repr(fn)}\n`, sim.clock.now);
  }
  return null;
}

const L = (v: PyValue) => v as PyLock;
const acquireSig = 'def (self, blocking=True, timeout=-1)';
for (const name of ['acquire', 'acquire_lock', '__enter__']) {
  defNativeMethod(lockClass, name, name === '__enter__' ? 'def (self)' : acquireSig, (self, [b, t]) => {
    const sim = currentSimulation();
    return blockHere(
      sim.threadScheduler(),
      acquire(sim, L(self), b === undefined || truthy(b), t === undefined ? -1 : toFloat(t)),
    );
  });
  markBlocking(lockClass.dict!.get(name) as object, (self, args, kw) => {
    const sim = currentSimulation();
    const [b, t] = name === '__enter__' ? [] : lockArgs(args, kw);
    return acquire(sim, L(self!), b === undefined || truthy(b), t === undefined ? -1 : toFloat(t));
  });
}
function lockArgs(args: PyValue[], kw: Map<string, PyValue> | null): PyValue[] {
  const out = [...args];
  if (kw) {
    if (kw.has('blocking')) out[0] = kw.get('blocking')!;
    if (kw.has('timeout')) out[1] = kw.get('timeout')!;
  }
  return out;
}
for (const name of ['release', 'release_lock']) {
  defNativeMethod(lockClass, name, 'def (self)', (self) => {
    if (!L(self).held) throw pyError('RuntimeError', 'release unlocked lock');
    L(self).held = false;
    return null;
  });
}
defNativeMethod(lockClass, '__exit__', 'def (self, *args)', (self) => {
  if (!L(self).held) throw pyError('RuntimeError', 'release unlocked lock');
  L(self).held = false;
  return null;
});
defNativeMethod(lockClass, 'locked', 'def (self)', (self) => L(self).held);
defNativeMethod(
  lockClass,
  '__repr__',
  'def (self)',
  (self) => `<${L(self).held ? 'locked' : 'unlocked'} _thread.lock object at ${addressOf(self as PyObject)}>`,
);
