/**
 * The async generator hooks of `sys.set_asyncgen_hooks` / `sys.get_asyncgen_hooks`, one pair per
 * thread, as CPython keeps them in the thread state:
 *  - `firstiter` is called with the generator when it is first iterated (`__anext__`, `asend`,
 *    `athrow` or `aclose` called for the first time); what it raises comes out of that call;
 *  - `finalizer` is the one installed at that moment: the generator keeps it and, dropped before
 *    it finished, is handed to it instead of being closed on the spot.
 * A running event loop installs its own pair, the bound methods `_asyncgen_firstiter_hook` (the
 * loop keeps the generator for shutdown_asyncgens) and `_asyncgen_finalizer_hook` (it schedules
 * `aclose()` as a task), and puts back the pair it found when run_forever ends.
 */
import { PyExc, pyError, typeOf, type PyExceptionObject, type PyValue } from '../runtime/core';
import { takesWeakrefs, weakrefTypeName } from '../runtime/type-layout';
import { call, getattr, repr } from '../runtime/ops';
import { run } from '../runtime/run';
import { PyAsyncGenerator, type AsyncGenHooks } from '../interp/generator';
import { athrowCoroutine } from '../interp/aclose-task';
import { defLoopMethod, type EventLoop } from './base_events';
import { PyHandle, threadSafeHandleClass } from './events';
import { Task } from './tasks';
import { lifetimes, type Lifetimes } from './lifetimes';

/** A thread's pair (null: None). */
export interface HookPair {
  firstiter: PyValue;
  finalizer: PyValue;
}

export const NO_HOOKS: HookPair = { firstiter: null, finalizer: null };

/** What the hooks need of the simulation. */
export interface HookHost {
  /** The running thread's pair, which `set` replaces. */
  hooks: HookPair;
  readonly runningLoop: EventLoop | null;
  readonly lifetimes: Lifetimes;
  /** An exception a finalizer could not raise, printed after `head`. */
  ignored(head: string, exc: PyExceptionObject): void;
}

declare module '../interp/generator' {
  interface PyAsyncGenerator {
    /** The finalizer installed when it was first iterated (CPython's ag_origin_or_finalizer). */
    finalizer?: PyValue;
  }
}

/** The bound methods a loop installed, by loop: recognized when they come back (a saved pair set again). */
const installed = new WeakMap<object, EventLoop>();

/** The pair run_forever installs for `loop`. */
export function loopHooks(loop: EventLoop): HookPair {
  const firstiter = getattr(loop, '_asyncgen_firstiter_hook');
  const finalizer = getattr(loop, '_asyncgen_finalizer_hook');
  installed.set(finalizer as object, loop);
  return { firstiter, finalizer };
}

/** BaseEventLoop._asyncgen_finalizer_hook: aclose() as a task, from a callback scheduled now. */
function finalizeOn(loop: EventLoop, ag: PyAsyncGenerator, watch: Lifetimes | null): void {
  loop.asyncgens.delete(ag);
  watch?.forget(ag);
  if (loop.closed) return;
  // call_soon_threadsafe(self.create_task, agen.aclose()): the athrow object is made now.
  const aclose = athrowCoroutine(ag);
  const h = loop.callSoon(() => void new Task(loop, aclose, null), 'async generator finalizer');
  h.cname = 'BaseEventLoop.create_task';
  h.pyArgs = [aclose];
  if (run.minor >= 14) h.view = new PyHandle(loop, h, threadSafeHandleClass);
}

/** The generator died unfinished: its finalizer gets it. */
function died(host: HookHost, ag: PyAsyncGenerator, finalizer: PyValue, atStatement: boolean): void {
  if (ag.state === 'closed') return;
  const loop = installed.get(finalizer as object);
  if (loop !== undefined) {
    // Freed by a statement of a task (a name deleted or rebound, a function returning, a task's
    // coroutine returning, a close() letting its frame go), it is finalized then, as CPython frees
    // it at once. One found dead only at a safe point is left to shutdown_asyncgens.
    if (atStatement && host.runningLoop === loop && loop.asyncgens.has(ag)) finalizeOn(loop, ag, host.lifetimes);
    return;
  }
  host.lifetimes.forget(ag);
  try {
    call(finalizer, [ag], null);
  } catch (e) {
    if (!(e instanceof PyExc)) throw e;
    host.ignored(`Exception ignored in: ${repr(ag)}\n`, e.exc);
  }
}

/** The run's hooks, as the interpreter calls them and sys reads and sets them. */
export function asyncGenHooksOf(host: HookHost): AsyncGenHooks {
  return {
    firstIter(ag) {
      const { firstiter, finalizer } = host.hooks;
      if (finalizer !== null) {
        ag.finalizer = finalizer;
        host.lifetimes.onDeath(ag, (atStatement) => died(host, ag, finalizer, atStatement));
      }
      if (firstiter !== null) call(firstiter, [ag], null);
    },
    finalize(ag) {
      if (ag.finalizer !== undefined) died(host, ag, ag.finalizer, true);
    },
    get: () => [host.hooks.firstiter, host.hooks.finalizer],
    set(firstiter, finalizer) {
      host.hooks = { firstiter, finalizer };
    },
  };
}

/**
 * What the loop's hooks do with an argument that is no async generator, called by the program:
 * CPython's WeakSet refuses one it cannot refer to weakly, and the finalizer then asks it for aclose().
 */
function notAsyncGen(agen: PyValue, finalizing: boolean): PyValue {
  const cls = typeOf(agen);
  if (!takesWeakrefs(cls))
    throw pyError('TypeError', `cannot create weak reference to '${weakrefTypeName(cls)}' object`);
  if (finalizing) getattr(agen, 'aclose');
  throw pyError(
    'NotSimulatedError',
    'an event loop keeping an object that is no async generator is not simulated in Loopline',
  );
}

defLoopMethod('_asyncgen_firstiter_hook', 'def (self, agen)', (self, [agen]) => {
  if (!(agen instanceof PyAsyncGenerator)) return notAsyncGen(agen, false);
  const loop = self as EventLoop;
  agen.loop = loop;
  loop.asyncgens.add(agen);
  return null;
});
defLoopMethod('_asyncgen_finalizer_hook', 'def (self, agen)', (self, [agen]) => {
  if (!(agen instanceof PyAsyncGenerator)) return notAsyncGen(agen, true);
  finalizeOn(self as EventLoop, agen, run.get(lifetimes));
  return null;
});
