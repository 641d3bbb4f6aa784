/**
 * The `asyncio` module's core in TypeScript: running loops, tasks, sleep, gather.
 * The higher-level parts (locks, queues, timeouts, TaskGroup, wait, ...) are Python source in
 * pylib/, run by the interpreter as library code, so their await structure is CPython's.
 */
import {
  PyObject,
  
  PyList,
  PyTuple,
  PySet,
  PyModule,
  PyExc,
  PyExceptionObject,
  
  builtinClass,
  defMethod,
  native,
  getExcClass,
  pyError,
  
  argOr,
  type PyValue,
  type KwArgs,
} from '../runtime/core';
import { call, repr, truthy, hashKey, toFloat, isNumber } from '../runtime/ops';
import { PyCoroutine,  awaitIterOf, isAwaitable, type Body } from '../interp/generator';
import { EventLoop, loopClass, type Handle } from './loop';
import { Future, Task, futureClass, taskClass, cancelledError } from './futures';
import type { Simulation } from './simulation';

/** A coroutine implemented in TS (asyncio.sleep and friends): not a user frame. */
export function nativeCoroutine(name: string, body: Body): PyCoroutine {
  return new PyCoroutine(null, body, name, name);
}

export const handleClass = builtinClass('TimerHandle');
handleClass.module = 'asyncio.events';
export class PyHandle extends PyObject {
  constructor(public loop: EventLoop, public h: Handle) {
    super(handleClass);
  }
}
defMethod(handleClass, 'cancel', (self) => {
  const p = self as PyHandle;
  p.loop.cancelHandle(p.h);
  return null;
});
defMethod(handleClass, 'cancelled', (self) => (self as PyHandle).h.cancelled);
defMethod(handleClass, 'when', (self) => (self as PyHandle).h.when);

function isCoroutine(v: PyValue): v is PyCoroutine {
  return v instanceof PyCoroutine;
}

export function makeAsyncio(sim: Simulation): Map<string, PyValue> {
  const m = new Map<string, PyValue>();
  const def = (name: string, fn: (args: PyValue[], kw: KwArgs) => PyValue) => m.set(name, native(name, fn));

  const runningLoop = (): EventLoop => {
    const l = sim.runningLoop;
    if (!l) throw pyError('RuntimeError', 'no running event loop');
    return l;
  };

  const createTask = (loop: EventLoop, coro: PyValue, name: PyValue): Task => {
    if (!isCoroutine(coro)) {
      throw pyError('TypeError', `a coroutine was expected, got ${repr(coro)}`);
    }
    return new Task(loop, coro, name);
  };

  /** tasks.ensure_future */
  const ensureFuture = (v: PyValue, loop: EventLoop | null): Future => {
    if (v instanceof Future) return v;
    if (isCoroutine(v)) return createTask(loop ?? sim.eventLoopForEnsure(), v, null);
    if (isAwaitable(v) || (v instanceof PyObject && v.cls.lookup('__await__') !== undefined)) {
      const wrapped = nativeCoroutine('_wrap_awaitable', awaitIterOf(v));
      return createTask(loop ?? sim.eventLoopForEnsure(), wrapped, null);
    }
    throw pyError('TypeError', 'An asyncio.Future, a coroutine or an awaitable is required');
  };

  // ---- sleep
  def('sleep', (args, kw) => {
    const delay = argOr(args, kw, 0, 'delay', null);
    const result = argOr(args, kw, 1, 'result', null);
    if (!isNumber(delay)) throw pyError('TypeError', `'<=' not supported between instances of '${repr(delay)}' and 'int'`);
    const d = toFloat(delay);
    return nativeCoroutine('sleep', sleepBody(sim, d, result));
  });

  // ---- tasks
  def('create_task', (args, kw) => {
    const coro = args[0];
    const name = kw?.get('name') ?? null;
    return createTask(runningLoop(), coro, name);
  });
  def('ensure_future', (args, kw) => ensureFuture(args[0], (kw?.get('loop') as EventLoop | undefined) ?? null));
  def('current_task', (args) => {
    const loop = (args[0] as EventLoop | undefined) ?? runningLoop();
    return sim.currentTask.get(loop) ?? null;
  });
  def('all_tasks', (args) => {
    const loop = (args[0] as EventLoop | undefined) ?? runningLoop();
    const s = new PySet();
    for (const t of loop.tasks) if (!(t as Task).done()) s.map.set(hashKey(t), t);
    return s;
  });
  def('get_running_loop', () => runningLoop());
  def('get_event_loop', () => sim.getEventLoop());
  def('new_event_loop', () => sim.newLoop());
  def('set_event_loop', (args) => {
    sim.currentLoop = (args[0] as EventLoop | null) ?? null;
    return null;
  });
  def('run', (args, kw) => {
    const coro = args[0];
    if (!isCoroutine(coro)) throw pyError('ValueError', `a coroutine was expected, got ${repr(coro)}`);
    if (sim.runningLoop) {
      coro.awaited = false;
      throw pyError('RuntimeError', 'asyncio.run() cannot be called from a running event loop');
    }
    return sim.asyncioRun(coro);
  });
  def('iscoroutine', (args) => isCoroutine(args[0]));
  def('isfuture', (args) => args[0] instanceof Future);
  def('iscoroutinefunction', (args) => {
    const f = args[0] as { code?: { kind: string } };
    return Boolean(f && f.code && f.code.kind === 'coroutine');
  });

  // ---- gather
  def('gather', (args, kw) => {
    const returnExceptions = truthy(kw?.get('return_exceptions') ?? false);
    if (args.length === 0) {
      const loop = sim.getEventLoop();
      const outer = new Future(loop);
      outer.setResult(new PyList([]));
      return outer;
    }
    const argToFut = new Map<unknown, Future>();
    const children: Future[] = [];
    const doneFuts: Future[] = [];
    let nfuts = 0;
    let nfinished = 0;
    let loop: EventLoop | null = null;
    let outer: GatheringFuture | null = null;
    const doneCallback = (f: Future) => {
      nfinished++;
      if (outer === null || outer.done()) {
        if (!f.cancelled()) f.getException();
        return;
      }
      if (!returnExceptions) {
        if (f.cancelled()) {
          outer.setException(f.makeCancelledError());
          return;
        }
        const exc = f.getException();
        if (exc !== null) {
          outer.setException(exc);
          return;
        }
      }
      if (nfinished === nfuts) {
        const results: PyValue[] = [];
        for (const c of children) {
          if (c.cancelled()) results.push(cancelledError(c.cancelMessage === null ? '' : c.cancelMessage));
          else {
            const e = c.getException();
            results.push(e !== null ? e : c.getResult());
          }
        }
        if (outer.cancelRequested) outer.setException(f.makeCancelledError());
        else outer.setResult(new PyList(results));
      }
    };
    for (const a of args) {
      const key = a instanceof PyObject ? a : hashKey(a);
      let f = argToFut.get(key);
      if (!f) {
        f = ensureFuture(a, loop);
        if (loop === null) loop = f.loop;
        if (f !== a && f instanceof Task) f.logDestroyPending = false;
        nfuts++;
        argToFut.set(key, f);
        if (f.done()) doneFuts.push(f);
        else f.addDoneCallback(doneCallback, 'gather callback');
      }
      children.push(f);
    }
    outer = new GatheringFuture(loop!, children);
    for (const f of doneFuts) doneCallback(f);
    return outer;
  });

  // ---- classes and exceptions
  m.set('Future', futureClass);
  m.set('Task', taskClass);
  futureClass.slots.call = (_c, args, kw) => new Future((kw?.get('loop') as EventLoop | undefined) ?? sim.getEventLoop());
  taskClass.slots.call = (_c, args, kw) => createTask((kw?.get('loop') as EventLoop | undefined) ?? runningLoop(), args[0], kw?.get('name') ?? null);
  for (const n of ['CancelledError', 'InvalidStateError', 'TimeoutError', 'QueueEmpty', 'QueueFull', 'QueueShutDown', 'BrokenBarrierError'])
    m.set(n, getExcClass(n));
  m.set('AbstractEventLoop', loopClass);
  m.set('events', new PyModule('asyncio.events', new Map([['AbstractEventLoop', loopClass]])));
  return m;
}

function* sleepBody(sim: Simulation, delay: number, result: PyValue): Body {
  if (Number.isNaN(delay)) throw pyError('ValueError', 'Invalid delay: NaN (not a number)');
  if (delay <= 0) {
    // __sleep0: a bare yield gives up one loop iteration.
    yield null;
    return result;
  }
  const loop = sim.runningLoop!;
  const fut = new Future(loop);
  fut.waitLabel = 'sleep';
  const sleeper = sim.currentTask.get(loop);
  const h = loop.callAt(
    loop.time() + delay,
    () => {
      if (!fut.cancelled()) fut.setResult(result);
    },
    // What the timer heap panel shows: whose sleep ends then.
    sleeper ? `${sleeper.name} sleep` : 'sleep timer'
  );
  try {
    return yield* fut.awaitIter();
  } finally {
    loop.cancelHandle(h);
  }
}

export const gatheringFutureClass = builtinClass('_GatheringFuture', futureClass);
gatheringFutureClass.module = 'asyncio.tasks';
export class GatheringFuture extends Future {
  constructor(loop: EventLoop, public children: Future[]) {
    super(loop, gatheringFutureClass);
    this.waitLabel = 'gather';
  }
  cancel(msg: PyValue = null): boolean {
    if (this.done()) return false;
    let ret = false;
    for (const c of this.children) if (c.cancel(msg)) ret = true;
    if (ret) this.cancelRequested = true;
    return ret;
  }
}

// ---- loop methods (Python-visible)
function loopOf(self: PyValue): EventLoop {
  return self as EventLoop;
}
defMethod(loopClass, 'time', (self) => loopOf(self).time());
defMethod(loopClass, 'create_future', (self) => new Future(loopOf(self)));
defMethod(loopClass, 'call_soon', (self, args) => {
  const [fn, ...rest] = args;
  const loop = loopOf(self);
  return new PyHandle(loop, loop.callSoon(() => runPyCallback(loop, fn, rest), callbackLabel(fn)));
});
defMethod(loopClass, 'call_later', (self, args) => {
  const [delay, fn, ...rest] = args;
  const loop = loopOf(self);
  return new PyHandle(loop, loop.callAt(loop.time() + toFloat(delay), () => runPyCallback(loop, fn, rest), callbackLabel(fn)));
});
defMethod(loopClass, 'call_at', (self, args) => {
  const [when, fn, ...rest] = args;
  const loop = loopOf(self);
  return new PyHandle(loop, loop.callAt(toFloat(when), () => runPyCallback(loop, fn, rest), callbackLabel(fn)));
});
defMethod(loopClass, 'get_debug', () => false);
defMethod(loopClass, 'set_debug', () => null);
defMethod(loopClass, 'set_exception_handler', (self, args) => {
  loopOf(self).exceptionHandler = args[0] ?? null;
  return null;
});
defMethod(loopClass, 'get_exception_handler', (self) => loopOf(self).exceptionHandler);
defMethod(loopClass, 'call_exception_handler', (self, args) => {
  const ctx = args[0];
  const msg = ctx instanceof PyDict ? ctx.map.get(hashKey('message'))?.value : null;
  const exc = ctx instanceof PyDict ? ctx.map.get(hashKey('exception'))?.value : null;
  reportLoopError(loopOf(self), typeof msg === 'string' ? msg : 'Unhandled exception in event loop', exc instanceof PyExceptionObject ? exc : null, ctx);
  return null;
});
defMethod(loopClass, 'default_exception_handler', (self, args) => {
  const ctx = args[0];
  const msg = ctx instanceof PyDict ? ctx.map.get(hashKey('message'))?.value : null;
  const exc = ctx instanceof PyDict ? ctx.map.get(hashKey('exception'))?.value : null;
  reportLoopError(loopOf(self), typeof msg === 'string' ? msg : 'Unhandled exception in event loop', exc instanceof PyExceptionObject ? exc : null, null);
  return null;
});

function callbackLabel(fn: PyValue): string {
  const f = fn as { qualname?: string; name?: string };
  return `callback ${f.qualname ?? f.name ?? 'callback'}()`;
}

/** Handle._run: a callback's exception goes to the loop's exception handler, not up the stack. */
export function runPyCallback(loop: EventLoop, fn: PyValue, args: PyValue[]): void {
  try {
    call(fn, args, null);
  } catch (e) {
    if (!(e instanceof PyExc)) throw e;
    const n = e.exc.cls.name;
    if (n === 'SystemExit' || n === 'KeyboardInterrupt') throw e;
    reportLoopError(loop, `Exception in callback ${formatCallback(fn, args)}`, e.exc, null);
  }
}

/** What CPython's format_helpers print for a callback: `func(args) at file.py:line`. */
export function formatCallback(fn: PyValue, args: PyValue[]): string {
  let target = fn;
  let allArgs = args;
  let name: string;
  if (target instanceof PyObject && target.cls.name === 'partial' && target.dict) {
    const inner = target.dict.get('func') ?? null;
    const pargs = target.dict.get('args');
    allArgs = [...(pargs instanceof PyTuple ? pargs.items : []), ...args];
    target = inner;
  }
  const f = target as { qualname?: string; name?: string; code?: { firstLine: number; user: boolean }; func?: PyValue };
  name = f.qualname ?? f.name ?? repr(target);
  let src = '';
  const code = f.code ?? (f.func as { code?: { firstLine: number; user: boolean } } | undefined)?.code;
  if (code && code.user && currentFileName) src = ` at ${currentFileName}:${code.firstLine}`;
  if (f.func && (f.func as { qualname?: string }).qualname) name = (f.func as unknown as { qualname: string }).qualname;
  // CPython 3.13 shows a callback's arguments only in debug mode.
  void allArgs;
  return `${name}()${src}`;
}

/** The program's file name as CPython's messages show it (basename). */
export let currentFileName = '';
export function setCurrentFileName(n: string): void {
  currentFileName = n.split('/').pop() ?? n;
}

/** loop.call_exception_handler: the program's handler, or the default (a warning line). */
export function reportLoopError(loop: EventLoop, message: string, exc: PyExceptionObject | null, ctx: PyValue): void {
  if (loop.exceptionHandler !== null) {
    let context = ctx;
    if (!(context instanceof PyDict)) {
      const d = new PyDict();
      d.map.set(hashKey('message'), { key: 'message', value: message });
      if (exc) d.map.set(hashKey('exception'), { key: 'exception', value: exc });
      context = d;
    }
    call(loop.exceptionHandler, [loop, context], null);
    return;
  }
  loopErrorSink(message + (exc ? ` (${excLineOf(exc)})` : ''));
}

export let loopErrorSink: (text: string) => void = () => undefined;
export function setLoopErrorSink(f: (text: string) => void): void {
  loopErrorSink = f;
}
import { excLine as excLineOf } from './errors';
import { PyDict } from '../runtime/core';
defMethod(loopClass, 'is_running', (self) => loopOf(self).running);
defMethod(loopClass, 'is_closed', (self) => loopOf(self).closed);
defMethod(loopClass, 'stop', (self) => {
  loopOf(self).stopping = true;
  return null;
});
defMethod(loopClass, '__repr__', (self) => {
  const l = loopOf(self);
  return `<_UnixSelectorEventLoop running=${l.running ? 'True' : 'False'} closed=${l.closed ? 'True' : 'False'} debug=False>`;
});

