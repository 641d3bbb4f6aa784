/**
 * A record on asyncio's logger ('asyncio', Lib/asyncio/log.py) made as asyncio's own source makes it:
 * its file, line (per version: 3.11.7, 3.12.1, 3.13.0, 3.14.2) and function, so the program's logging
 * configuration formats it as CPython's. When the program has not imported logging nothing can have
 * configured a handler: a WARNING or worse goes to sys.stderr as logging's last resort writes it
 * (`%(message)s`), anything less nowhere.
 */
import { PyTuple } from '../runtime/core';
import { call, callMethodByName, getattr, truthy } from '../runtime/ops';
import { strPercent } from '../runtime/types/format';
import { run } from '../runtime/run';
import { importModule, interpreter } from '../interp/state';

export const DEBUG = 10n;
export const WARNING = 30n;

/** Where the call to the logger is in asyncio's source. */
export interface LogSite {
  file: string;
  lines: readonly number[];
  func: string;
}

/** Logs `msg % args` at `level` on the 'asyncio' logger from `site`. */
export function logOnAsyncio(level: bigint, site: LogSite, msg: string, args: PyTuple): void {
  const logging = run.get(interpreter).modules.get('logging');
  if (logging === undefined) {
    if (level < WARNING) return;
    const stderr = getattr(importModule('sys'), 'stderr');
    callMethodByName(stderr, 'write', [`${strPercent(msg, args) as string}\n`]);
    return;
  }
  const logger = call(getattr(logging, 'getLogger'), ['asyncio'], null);
  if (!truthy(callMethodByName(logger, 'isEnabledFor', [level]))) return;
  const line = BigInt(site.lines[Math.min(Math.max(run.minor - 11, 0), 3)]);
  const path = `/usr/lib/python3.${run.minor}/asyncio/${site.file}`;
  const record = callMethodByName(logger, 'makeRecord', ['asyncio', level, path, line, msg, args, null, site.func]);
  callMethodByName(logger, 'handle', [record]);
}

/** Would a record at `level` on the 'asyncio' logger show (without logging imported: WARNING and worse)? */
export function asyncioLogShows(level: bigint): boolean {
  const logging = run.get(interpreter).modules.get('logging');
  if (logging === undefined) return level >= WARNING;
  const logger = call(getattr(logging, 'getLogger'), ['asyncio'], null);
  return truthy(callMethodByName(logger, 'isEnabledFor', [level]));
}
