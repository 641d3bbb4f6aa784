/**
 * The record BaseSelectorEventLoop.__init__ logs for every new loop: `Using selector:
 * EpollSelector` at DEBUG on the 'asyncio' logger, from selector_events.py's `__init__` (so
 * `logging.basicConfig(level=logging.DEBUG)` prints it first, as CPython on Linux does).
 */
import { PyTuple } from '../runtime/core';
import { callMethodByName, getattr, call, truthy } from '../runtime/ops';
import { run } from '../runtime/run';
import { interpreter } from '../interp/state';

const DEBUG = 10n;

/** Logs the new loop's selector, when the program imported logging (without it no handler could see it). */
export function logSelector(): void {
  const logging = run.get(interpreter).modules.get('logging');
  if (logging === undefined) return;
  const logger = call(getattr(logging, 'getLogger'), ['asyncio'], null);
  if (!truthy(callMethodByName(logger, 'isEnabledFor', [DEBUG]))) return;
  // The line of the logger.debug call in each version's selector_events.py.
  const line = run.minor <= 11 ? 54n : 64n;
  const path = `/usr/lib/python3.${run.minor}/asyncio/selector_events.py`;
  const args = new PyTuple(['EpollSelector']);
  const record = callMethodByName(logger, 'makeRecord', [
    'asyncio',
    DEBUG,
    path,
    line,
    'Using selector: %s',
    args,
    null,
    '__init__',
  ]);
  callMethodByName(logger, 'handle', [record]);
}
