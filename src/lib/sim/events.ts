/**
 * Callback handles (Lib/asyncio/events.py: Handle, TimerHandle) and how a callback is named in
 * messages (Lib/asyncio/format_helpers.py).
 */
import {
  NotImplemented,
  PyNativeFunction,
  PyObject,
  PyTuple,
  builtinClass,
  type PyClass,
  type PyValue,
} from '../runtime/core';
import { defNativeMethod } from '../runtime/native';
import { eq, getattrOpt, repr } from '../runtime/ops';
import { pythonHash } from '../runtime/hash';
import type { Ctx } from './contexts';
import { run } from '../runtime/run';
import { since } from '../runtime/since';
import { asyncioSource, formatNamed, inAsyncio, shownArgs, stepWrapperRepr } from './callback-source';
import { UNKNOWN_SITE, createdAtText, debugOn } from './debug-mode';

/** The arguments of a handle added from TS (shared: every call_soon and timer makes a handle, and only Python's carry arguments). */
const NO_ARGS = Object.freeze([]) as unknown as PyValue[];

/** A scheduled callback: in the ready queue (call_soon) or the timer heap (call_at). */
export class Handle {
  cancelled = false;
  /** TimerHandle only: whether it is in the heap. */
  scheduled = false;
  /**
   * A future's done callback: that future (what completed first), for the true cause of what it
   * does; a task's step: that task, a sleep's timer: that sleep (their callbacks find them here).
   */
  origin: object | null = null;
  /** The Python callable it runs, when added from Python, and its arguments (for its repr). */
  py: PyValue | undefined = undefined;
  pyArgs: PyValue[] = NO_ARGS;
  /** A timer's [when, label] for the trace's loop snapshots, made once and shared by every step that shows it. */
  snap: [number, string] | null = null;
  /**
   * A callback of asyncio's own (no `py`): the qualname CPython's handle shows for it
   * (`gather.<locals>._done_callback`; its arguments from handleArgs), or STEP for a task's step.
   */
  cname: string | null = null;
  /** The Python object that stands for it (what call_soon returned, or one made when the program looks at the loop's queues). */
  view: PyHandle | null = null;
  /** Where it was made when its loop was in debug mode (its repr's `created at`, debug-mode.ts), else null. */
  createdAt: string | null = null;
  /** Its repr as it was when cancelled in debug mode (Handle._repr: the callback stays shown). */
  keptRepr: string | null = null;
  constructor(
    public fn: () => void,
    /** For the UI: what this callback is ("step Task-2", "wakeup Task-1", ...). */
    public label: string,
    public when = 0,
    public isTimer = false,
  ) {}
}

/** The loop a handle is cancelled through (TimerHandle.cancel tells the loop, for its cancelled-timer count). */
export interface HandleOwner {
  cancelHandle(h: Handle): void;
  /** loop.get_debug(), as given. */
  debug: PyValue;
}

export const handleClass = builtinClass('Handle');
handleClass.module = 'asyncio.events';
export const timerHandleClass = builtinClass('TimerHandle', [handleClass]);
timerHandleClass.module = 'asyncio.events';
// 3.14's call_soon_threadsafe returns this Handle subclass (its cancel takes a lock).
export const threadSafeHandleClass = builtinClass('_ThreadSafeHandle', [handleClass]);
threadSafeHandleClass.module = 'asyncio.events';
/** The Python-visible handle that call_soon (a Handle), call_later and call_at (a TimerHandle) return. */
export class PyHandle extends PyObject {
  constructor(
    public loop: HandleOwner,
    public h: Handle,
    cls: PyClass = h.isTimer ? timerHandleClass : handleClass,
    /** The context its callback runs in (Handle.get_context). */
    public ctx: Ctx | null = null,
  ) {
    super(cls);
    h.view = this;
  }
}

/** Handle.cname of a task's step (the C Task's TaskStepMethWrapper). */
export const STEP = '<step>';
defNativeMethod(handleClass, 'get_context', 'def (self)', (self) => (self as PyHandle).ctx?.object() ?? null);
since(12, handleClass, 'get_context');
defNativeMethod(handleClass, 'cancel', 'def (self)', (self) => {
  const p = self as PyHandle;
  // Debug mode keeps the repr it has once cancelled, callback and all (for a slow-callback report).
  // A handle made at a site Loopline cannot name keeps none: its repr refuses when shown, not here.
  if (!p.h.cancelled && debugOn(p.loop) && p.h.createdAt !== UNKNOWN_SITE) {
    p.h.cancelled = true;
    try {
      p.h.keptRepr = handleRepr(p, true);
    } finally {
      p.h.cancelled = false;
    }
  }
  p.loop.cancelHandle(p.h);
  return null;
});
defNativeMethod(handleClass, 'cancelled', 'def (self)', (self) => (self as PyHandle).h.cancelled);
defNativeMethod(timerHandleClass, 'when', 'def (self)', (self) => (self as PyHandle).h.when);

// TimerHandle orders by its time and compares equal to another with the same time, callback,
// arguments and cancelled state (a cancelled handle has let go of its callback: None, None);
// its hash is its time's.
timerHandleClass.nativeDunders = true;
const isTimer = (o: PyValue): o is PyHandle => o instanceof PyHandle && o.h.isTimer;
function timerEq(a: PyHandle, b: PyHandle): boolean {
  const part = (p: PyHandle) => (p.h.cancelled ? [null, null] : [p.h.py ?? null, new PyTuple(p.h.pyArgs)]);
  const [fa, aa] = part(a);
  const [fb, ab] = part(b);
  return a.h.when === b.h.when && eq(fa, fb) && eq(aa, ab) && a.h.cancelled === b.h.cancelled;
}
const timerOrder = (name: string, test: (a: PyHandle, b: PyHandle) => boolean) =>
  defNativeMethod(timerHandleClass, name, 'def (self, other)', (self, [o]) =>
    isTimer(o) ? test(self as PyHandle, o) : NotImplemented,
  );
timerOrder('__eq__', timerEq);
// Its hash is its time's: handles equal by __eq__ are one key of a dict or set.
timerHandleClass.slots.hash = (self) => pythonHash((self as PyHandle).h.when);
defNativeMethod(timerHandleClass, '__hash__', 'def (self)', (self) => pythonHash((self as PyHandle).h.when));
timerOrder('__lt__', (a, b) => a.h.when < b.h.when);
timerOrder('__le__', (a, b) => a.h.when < b.h.when || timerEq(a, b));
timerOrder('__gt__', (a, b) => a.h.when > b.h.when);
timerOrder('__ge__', (a, b) => a.h.when > b.h.when || timerEq(a, b));

// Handle._repr_info: the class, 'cancelled' (which also drops the callback), a timer's when, the callback.
defNativeMethod(handleClass, '__repr__', 'def (self)', (self) => handleRepr(self as PyHandle));

/**
 * Handle.__repr__: the repr kept when it was cancelled in debug mode, else its _repr_info (a
 * cancelled handle has let go of its callback, unless `keeping`: cancel() making the kept repr).
 */
export function handleRepr(p: PyHandle, keeping = false): string {
  const { h } = p;
  if (h.keptRepr !== null) return h.keptRepr;
  const debug = debugOn(p.loop);
  const info = [p.cls.name];
  if (h.cancelled) info.push('cancelled');
  if (h.isTimer) info.push(`when=${repr(h.when)}`);
  if (!h.cancelled || keeping) {
    if (h.py !== undefined) info.push(formatCallback(h.py, h.pyArgs, debug));
    else if (h.cname === STEP) info.push(stepWrapperRepr(h));
    else if (h.cname !== null) info.push(formatNamed(h.cname, handleArgs(h), debug));
  }
  const created = createdAtText(h.createdAt, 'a callback handle');
  if (created) info.push(created.slice(1));
  return `<${info.join(' ')}>`;
}

/**
 * The arguments of one of asyncio's own callbacks: its own, else what its origin says they are (a
 * sleep's timer: the future and the result), else its origin (a done callback's future).
 */
export function handleArgs(h: Handle): PyValue[] {
  if (h.pyArgs !== NO_ARGS) return h.pyArgs;
  const o = h.origin as { reprArgs?: () => PyValue[] } | null;
  if (o === null) return NO_ARGS;
  if (typeof o.reprArgs === 'function') return o.reprArgs();
  return o instanceof PyObject ? [o] : NO_ARGS;
}

/** The label a Python callback's handle shows in the ready queue and timer heap. */
export function callbackLabel(fn: PyValue): string {
  const f = (fn ?? {}) as { qualname?: string; name?: string };
  return `callback ${f.qualname ?? f.name ?? repr(fn)}()`;
}

/**
 * What CPython's format_helpers print for a callback: `func() at file.py:line`. Up to 3.12 the
 * arguments are shown too (`func(0)`, a partial's own ones first: `func(1)(0)`); 3.13 shows them only
 * in debug mode.
 */
export function formatCallback(fn: PyValue, args: PyValue[], debug = false): string {
  let target = fn;
  // The argument lists, innermost (the partial's) first.
  const argLists: PyValue[][] = [args];
  if (target instanceof PyObject && target.cls.name === 'partial') {
    const inner = getattrOpt(target, 'func') ?? null;
    const pargs = getattrOpt(target, 'args');
    argLists.unshift(pargs instanceof PyTuple ? pargs.items : []);
    target = inner;
  }
  const f = (target ?? {}) as {
    qualname?: string;
    name?: string;
    code?: { firstLine: number; user: boolean };
    func?: PyValue;
  };
  const q = f.qualname === undefined ? getattrOpt(target, '__qualname__') : undefined;
  let name = f.qualname ?? (typeof q === 'string' ? q : undefined) ?? f.name ?? repr(target);
  let src = '';
  // Only a function has a source line: a bound method shows none (inspect.isfunction is false for it).
  const code = f.code;
  if (code && code.user && run.fileName) src = ` at ${run.fileName}:${code.firstLine}`;
  else if (asyncioOwned(target) && typeof name === 'string') src = asyncioSource(name);
  if (f.func && (f.func as { qualname?: string }).qualname) name = (f.func as unknown as { qualname: string }).qualname;
  const shown = argLists.map((a) => shownArgs(a, debug)).join('');
  return `${name}${shown}${src}`;
}

/**
 * A function of asyncio's that CPython writes in Python (Loopline's library code or a native of its
 * asyncio module): its handle names the source file and line of CPython's.
 */
function asyncioOwned(fn: PyValue): boolean {
  if (fn instanceof PyNativeFunction) return inAsyncio(fn.module);
  const f = fn as { code?: { user: boolean }; globals?: Map<string, PyValue> } | null;
  if (!f?.code || f.code.user || !f.globals) return false;
  const m = f.globals.get('__name__');
  return typeof m === 'string' && inAsyncio(m);
}
