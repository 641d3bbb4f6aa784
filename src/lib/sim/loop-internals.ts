/**
 * The event loop's private state as CPython's BaseEventLoop keeps it in attributes, which
 * tutorials print to show what the loop holds: `_ready` (the deque of handles to run next, cancelled
 * ones included until they are reached), `_scheduled` (the timer heap, a list in heapq's order),
 * `_stopping`, `_closed`, `_timer_cancelled_count`, `_clock_resolution`, `_task_factory`,
 * `_exception_handler`, `_debug`. The loop keeps its queues as JS arrays (base_events.ts); the deque
 * and the list are the loop's own objects, filled from them each time the program reads the
 * attribute (a program that mutates them changes nothing the loop runs).
 */
import { PyList, PyTuple, pyError, type PyValue } from '../runtime/core';
import { call, callMethodByName, repr } from '../runtime/ops';
import { dequeClass } from '../runtime/types/deque';
import { defGetter } from '../runtime/types/util';
import { CLOCK_RESOLUTION, loopClass, type EventLoop } from './base_events';
import { PyHandle, STEP, handleArgs, handleClass, timerHandleClass, type Handle } from './events';
import { stepWrapper } from './callback-source';

const views = new WeakMap<EventLoop, { ready: PyValue; scheduled: PyList }>();

/** The Python handle that stands for `h` (call_soon's own, or one made now and kept). */
function handleView(loop: EventLoop, h: Handle): PyHandle {
  return h.view ?? new PyHandle(loop, h);
}

function viewsOf(loop: EventLoop): { ready: PyValue; scheduled: PyList } {
  let v = views.get(loop);
  if (v === undefined) {
    v = { ready: call(dequeClass, [], null), scheduled: new PyList([]) };
    views.set(loop, v);
  }
  return v;
}

defGetter(loopClass, '_ready', (self) => {
  const loop = self as EventLoop;
  const { ready } = viewsOf(loop);
  callMethodByName(ready, 'clear', []);
  callMethodByName(ready, 'extend', [new PyList(loop.readyHandles().map((h) => handleView(loop, h)))]);
  return ready;
});
defGetter(loopClass, '_scheduled', (self) => {
  const loop = self as EventLoop;
  const { scheduled } = viewsOf(loop);
  scheduled.items = loop.scheduled.map((h) => handleView(loop, h));
  return scheduled;
});
defGetter(loopClass, '_stopping', (self) => (self as EventLoop).stopping);
defGetter(loopClass, '_closed', (self) => (self as EventLoop).closed);
defGetter(loopClass, '_timer_cancelled_count', (self) => BigInt((self as EventLoop).timerCancelledCount));
defGetter(loopClass, '_clock_resolution', () => CLOCK_RESOLUTION);
defGetter(loopClass, '_task_factory', (self) => (self as EventLoop).taskFactory);
defGetter(loopClass, '_exception_handler', (self) => (self as EventLoop).exceptionHandler);
defGetter(loopClass, '_debug', (self) => callMethodByName(self, 'get_debug', []));

// A handle's own fields (events.Handle's slots): a cancelled handle has let go of its callback and
// arguments (None). asyncio's own callbacks have no Python object here: `_callback` says so.
const handleOf = (self: PyValue): PyHandle => self as PyHandle;
defGetter(handleClass, '_cancelled', (self) => handleOf(self).h.cancelled);
defGetter(handleClass, '_loop', (self) => handleOf(self).loop as unknown as PyValue);
defGetter(handleClass, '_args', (self) => {
  const { h } = handleOf(self);
  return h.cancelled ? null : new PyTuple(h.cname === STEP ? [] : handleArgs(h));
});
defGetter(handleClass, '_callback', (self) => {
  const { h } = handleOf(self);
  if (h.cancelled) return null;
  if (h.py !== undefined) return h.py;
  if (h.cname === STEP) return stepWrapper(h);
  throw pyError(
    'NotSimulatedError',
    `the callback object of asyncio's own handle ${repr(self)} is not simulated in Loopline`,
  );
});
defGetter(timerHandleClass, '_when', (self) => handleOf(self).h.when);
defGetter(timerHandleClass, '_scheduled', (self) => handleOf(self).h.scheduled);
