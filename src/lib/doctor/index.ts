/**
 * The asyncio doctor: the classic mistakes Loopline saw in one run of a program, each found from
 * what the run recorded (blocking calls, warnings, task ends, frames) and pointed at its line.
 */
import { parse } from '../parse';
import type { RunResult } from '../run';
import type { Finding } from './types';
import { Program } from './program';
import type { Seen } from './seen';
import { findBlockingCalls } from './blocking-call';
import { findNeverAwaited } from './never-awaited';
import { findSequentialAwaits } from './sequential-awaits';
import { findUnboundedFanOut } from './unbounded-fan-out';
import { findDroppedTasks } from './dropped-task';
import { findExceptionsNeverRetrieved } from './exception-never-retrieved';

const DETECTORS: ((seen: Seen) => Finding[])[] = [
  findBlockingCalls,
  findNeverAwaited,
  findSequentialAwaits,
  findUnboundedFanOut,
  findDroppedTasks,
  findExceptionsNeverRetrieved,
];

/**
 * The findings of a run of `source` (the result of simulate() with its details recorded: not
 * `traceOnly`), sorted by line. A program that did not parse has none.
 */
export function diagnose(
  source: string,
  result: Pick<RunResult, 'ui' | 'stopLine' | 'limit' | 'diagnostics'>,
): Finding[] {
  if (result.diagnostics.length) return [];
  const parsed = parse(source);
  if (parsed.diagnostics.length) return [];
  const seen: Seen = {
    ui: result.ui,
    stopLine: result.stopLine,
    limit: result.limit,
    program: new Program(parsed.module),
  };
  const out = DETECTORS.flatMap((d) => d(seen));
  return out.sort((a, b) => a.line - b.line || (a.endLine ?? a.line) - (b.endLine ?? b.line));
}

export type { Finding, FindingKind, Said, Fix } from './types';
