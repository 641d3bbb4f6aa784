/**
 * BaseEventLoop.default_exception_handler logs through the 'asyncio' logger: `logger.error(log,
 * exc_info=...)`. When the program imported logging, that record goes to its handlers in its format
 * (`ERROR:asyncio:Task exception was never retrieved` after `logging.basicConfig()`), made as
 * base_events.py makes it (its file, line and function). Without logging nothing can have
 * configured it, and the text is what logging's last resort writes: the caller writes it as it is.
 */
import { PyTuple, type PyExceptionObject } from '../runtime/core';
import { call, callMethodByName, getattr, truthy } from '../runtime/ops';
import { run } from '../runtime/run';
import { interpreter } from '../interp/state';

const ERROR = 40n;
/** The line of default_exception_handler's logger.error call in 3.11.7, 3.12.1, 3.13.0 and 3.14.2. */
const LINES = [1771n, 1805n, 1858n, 1875n];

/** Logs `log` (and `exc`'s traceback) on the 'asyncio' logger; false when the program has no logging module. */
export function logLoopError(log: string, exc: PyExceptionObject | null): boolean {
  const logging = run.get(interpreter).modules.get('logging');
  if (logging === undefined) return false;
  const logger = call(getattr(logging, 'getLogger'), ['asyncio'], null);
  if (!truthy(callMethodByName(logger, 'isEnabledFor', [ERROR]))) return true;
  const line = LINES[Math.min(Math.max(run.minor - 11, 0), 3)];
  const path = `/usr/lib/python3.${run.minor}/asyncio/base_events.py`;
  const excInfo = exc === null ? false : new PyTuple([exc.cls, exc, getattr(exc, '__traceback__')]);
  const record = callMethodByName(logger, 'makeRecord', [
    'asyncio',
    ERROR,
    path,
    line,
    log,
    new PyTuple([]),
    excInfo,
    'default_exception_handler',
  ]);
  callMethodByName(logger, 'handle', [record]);
  return true;
}
