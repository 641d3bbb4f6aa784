/**
 * The record BaseSelectorEventLoop.__init__ logs for every new loop: `Using selector:
 * EpollSelector` at DEBUG on the 'asyncio' logger, from selector_events.py's `__init__` (so
 * `logging.basicConfig(level=logging.DEBUG)` prints it first, as CPython on Linux does).
 */
import { PyTuple } from '../runtime/core';
import { DEBUG, logOnAsyncio } from './asyncio-logger';

/** The logger.debug call in each version's selector_events.py. */
const SITE = { file: 'selector_events.py', lines: [54, 64, 64, 64], func: '__init__' };

/** Logs the new loop's selector, when the program imported logging (without it no handler could see it). */
export function logSelector(): void {
  logOnAsyncio(DEBUG, SITE, 'Using selector: %s', new PyTuple(['EpollSelector']));
}
