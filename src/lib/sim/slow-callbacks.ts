/**
 * Debug mode's report of a slow callback (BaseEventLoop._run_once): a callback that held the loop
 * for `slow_callback_duration` seconds or longer is logged at WARNING on the 'asyncio' logger,
 * `Executing <Task ...> took 0.200 seconds`. The time is the virtual clock's: what the callback
 * blocked (a time.sleep in a coroutine, a blocking call), and CPU time where that is on the clock.
 * The record is made as base_events.py makes it (asyncio-logger.ts).
 */
import { PyTuple, pyError, typeName, type PyValue } from '../runtime/core';
import { isNumber, repr, toFloat } from '../runtime/ops';
import { WARNING, logOnAsyncio } from './asyncio-logger';
import { STEP, handleRepr, type Handle } from './events';
import { UNKNOWN_SITE } from './debug-mode';

/** _run_once's logger.warning call. */
const SITE = { file: 'base_events.py', lines: [1917, 1966, 2022, 2041], func: '_run_once' };

/** Whether `dt` reaches the loop's slow_callback_duration (`dt >= duration`, as Python compares them). */
function isSlow(dt: number, duration: PyValue): boolean {
  if (!isNumber(duration))
    throw pyError('TypeError', `'>=' not supported between instances of 'float' and '${typeName(duration)}'`);
  return dt >= toFloat(duration);
}

/**
 * base_events._format_handle: a task's step or wake-up is shown as the task's repr, any other
 * callback as its handle's.
 */
function formatHandle(h: Handle, woken: PyValue): string {
  if (h.cname === STEP) return repr(h.origin as PyValue);
  if (h.cname === 'Task.task_wakeup' && woken !== null) return repr(woken);
  if (h.view !== null) return handleRepr(h.view);
  if (h.createdAt === UNKNOWN_SITE || h.createdAt === null)
    throw pyError(
      'NotSimulatedError',
      `debug mode's report of a slow callback asyncio scheduled itself (${h.label}) is not simulated in Loopline`,
    );
  return h.label;
}

/** After a callback ran for `dt` seconds (`woken`: the task a wake-up ran, else null) of the clock on a loop in debug mode: its report when it was slow. */
export function reportSlowCallback(h: Handle, woken: PyValue, dt: number, duration: PyValue): void {
  if (!isSlow(dt, duration)) return;
  logOnAsyncio(WARNING, SITE, 'Executing %s took %.3f seconds', new PyTuple([formatHandle(h, woken), dt]));
}
