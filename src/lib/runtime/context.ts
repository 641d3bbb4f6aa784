/**
 * The one run that is executing now. A simulation is synchronous and single-threaded, so the
 * runtime reaches its output sink, clock and limits through this module-level context, set by
 * the simulator when a run starts.
 */
import type { PyValue } from './core';

export interface RunContext {
  /** Write program output (print). */
  write(text: string): void;
  /** The virtual clock, seconds since the start of the run. */
  now(): number;
  /** Block the whole loop for `seconds` (time.sleep, requests.get). */
  block(seconds: number, what: string): void;
  /** Report a warning the way CPython prints it on stderr (without stopping). */
  warn(text: string): void;
  /** The seeded `random` generator state is per run; modules cache it here. */
  moduleCache: Map<string, PyValue>;
}

let current: RunContext | null = null;

export function setContext(ctx: RunContext | null): void {
  current = ctx;
}

export function ctx(): RunContext {
  if (!current) throw new Error('no simulation is running');
  return current;
}
