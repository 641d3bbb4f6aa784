/**
 * Debug mode's report of a slow callback (BaseEventLoop._run_once): a callback that held the loop
 * for `slow_callback_duration` seconds or longer is logged at WARNING on the 'asyncio' logger,
 * `Executing <Task ...> took 0.200 seconds`. The time is the virtual clock's: what the callback
 * blocked (a time.sleep in a coroutine, a blocking call), and CPU time where that is on the clock.
 * The record is made as base_events.py makes it (its file, line and function), so the program's
 * logging configuration shows it as CPython's; without the logging module imported, nothing can
 * have configured a handler, and the text goes to sys.stderr as logging's last resort writes it.
 */
import { PyTuple, pyError, typeName, type PyValue } from '../runtime/core';
import { call, callMethodByName, getattr, isNumber, repr, toFloat, truthy } from '../runtime/ops';
import { strPercent } from '../runtime/types/format';
import { run } from '../runtime/run';
import { importModule, interpreter } from '../interp/state';
import { STEP, handleRepr, type Handle } from './events';
import { UNKNOWN_SITE } from './debug-mode';

const WARNING = 30n;
/** The line of _run_once's logger.warning call in 3.11.7, 3.12.1, 3.13.0 and 3.14.2. */
const LINES = [1917n, 1966n, 2022n, 2041n];
const MESSAGE = 'Executing %s took %.3f seconds';

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
function formatHandle(h: Handle): string {
  const task = h.cname === STEP ? h.origin : h.task;
  if (task !== null) return repr(task as PyValue);
  if (h.view !== null) return handleRepr(h.view);
  if (h.createdAt === UNKNOWN_SITE || h.createdAt === null)
    throw pyError(
      'NotSimulatedError',
      `debug mode's report of a slow callback asyncio scheduled itself (${h.label}) is not simulated in Loopline`,
    );
  return h.label;
}

/** After a callback ran for `dt` seconds of the clock on a loop in debug mode: its report when it was slow. */
export function reportSlowCallback(h: Handle, dt: number, duration: PyValue): void {
  if (!isSlow(dt, duration)) return;
  const args = new PyTuple([formatHandle(h), dt]);
  const interp = run.get(interpreter);
  const logging = interp.modules.get('logging');
  if (logging === undefined) {
    const stderr = getattr(importModule('sys'), 'stderr');
    callMethodByName(stderr, 'write', [`${strPercent(MESSAGE, args) as string}\n`]);
    return;
  }
  const logger = call(getattr(logging, 'getLogger'), ['asyncio'], null);
  if (!truthy(callMethodByName(logger, 'isEnabledFor', [WARNING]))) return;
  const line = LINES[Math.min(Math.max(run.minor - 11, 0), 3)];
  const path = `/usr/lib/python3.${run.minor}/asyncio/base_events.py`;
  const record = callMethodByName(logger, 'makeRecord', [
    'asyncio',
    WARNING,
    path,
    line,
    MESSAGE,
    args,
    null,
    '_run_once',
  ]);
  callMethodByName(logger, 'handle', [record]);
}
