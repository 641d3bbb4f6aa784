/**
 * The event loop's private state as CPython's BaseEventLoop keeps it in attributes, which
 * tutorials print to show what the loop holds: `_ready` (the deque of handles to run next, cancelled
 * ones included until they are reached), `_scheduled` (the timer heap, a list in heapq's order),
 * `_stopping`, `_closed`, `_timer_cancelled_count`, `_clock_resolution`, `_task_factory`,
 * `_exception_handler`, `_debug`. The loop keeps its queues as JS arrays (base_events.ts); the deque
 * and the list are the loop's own objects, filled from them each time the program reads the
 * attribute (a program that mutates them changes nothing the loop runs).
 */
import { PyList, type PyValue } from '../runtime/core';
import { call, callMethodByName } from '../runtime/ops';
import { dequeClass } from '../runtime/types/deque';
import { defGetter } from '../runtime/types/util';
import { CLOCK_RESOLUTION, loopClass, type EventLoop } from './base_events';
import { PyHandle, type Handle } from './events';

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
