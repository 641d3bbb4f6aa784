/**
 * The asyncio doctor: the classic mistakes Loopline saw in one run of a program, each found from
 * what the run recorded (blocking calls, warnings, task ends, frames) and pointed at its line.
 */
import { parseAs, type RunResult } from '../run';
import type { PythonVersion } from '../ir/python-version';
import type { Finding } from './types';
import { Program } from './program';
import type { Seen } from './seen';
import { findBlockingCalls } from './blocking-call';
import { findNeverAwaited } from './never-awaited';
import { findSequentialAwaits } from './sequential-awaits';
import { findUnboundedFanOut } from './unbounded-fan-out';
import { findDroppedTasks } from './dropped-task';
import { findExceptionsNeverRetrieved } from './exception-never-retrieved';
import { findAddressOrders } from './address-order';
import { findHashOrders } from './hash-order';

const DETECTORS: ((seen: Seen) => Finding[])[] = [
  findBlockingCalls,
  findNeverAwaited,
  findSequentialAwaits,
  findUnboundedFanOut,
  findDroppedTasks,
  findExceptionsNeverRetrieved,
  findAddressOrders,
  findHashOrders,
];

/**
 * The findings of a run of `source` (the result of simulate() with its details recorded: not
 * `traceOnly`) as `python`, sorted by line. A program that did not parse has none. The program is
 * read as the run read it (a `\N{...}` name with the version's Unicode tables).
 */
export function diagnose(
  source: string,
  result: Pick<RunResult, 'ui' | 'stopLine' | 'limit' | 'diagnostics'>,
  python?: PythonVersion,
): Finding[] {
  if (result.diagnostics.length) return [];
  const parsed = parseAs(source, python);
  if (parsed.diagnostics.length) return [];
  const seen: Seen = {
    ui: result.ui,
    stopLine: result.stopLine,
    limit: result.limit,
    program: new Program(parsed.module),
  };
  const out = DETECTORS.flatMap((d) => d(seen)).map((f) => (f.at === undefined ? timed(f, result) : f));
  return out.sort((a, b) => a.line - b.line || (a.endLine ?? a.line) - (b.endLine ?? b.line));
}

/** Figures that say when a finding was seen, by kind, in order of preference. */
const TIME_FIGURES = ['cutOffAt', 'loggedAt', 'failedAt', 'warnedAt'];

/**
 * A finding with the time the timeline marks it at: a figure that says when, else the first step
 * that ran or stopped on its lines, or after which a frame of the program waits on them
 * (sequential awaits: when the first of them began), if any.
 */
function timed(f: Finding, result: Pick<RunResult, 'ui'>): Finding {
  const fig = TIME_FIGURES.map((k) => f.figures?.[k]).find((v) => v !== undefined);
  if (fig !== undefined) return { ...f, at: fig };
  const steps = result.ui.conformance.steps;
  const last = f.endLine ?? f.line;
  const inSpan = (line: number) => line >= f.line && line <= last;
  const onLine = (loc: string | null) => loc !== null && inSpan(Number(loc.slice(loc.lastIndexOf(':') + 1)));
  for (let k = 0; k < steps.length; k++) {
    const frames = result.ui.details[k]?.frames;
    if (onLine(steps[k].to) || onLine(steps[k].at) || frames?.some((fr) => inSpan(fr.line)))
      return { ...f, at: steps[k].t };
  }
  return f;
}

export type { Finding, FindingKind, Said, Fix } from './types';
