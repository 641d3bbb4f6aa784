/**
 * Proving a fix: rewrite the program for a finding, run both programs on the virtual clock, and
 * keep the fix only when the rewritten program runs without a new error and the run shows the
 * finding's problem gone (or the time it cost saved).
 */
import { simulate, type RunResult } from '../run';
import type { PythonVersion } from '../ir/python-version';
import type { Finding, FindingKind, Fix } from './types';
import { FIXES } from './fixes/index';
import { FAN_OUT_LIMIT } from './fixes/unbounded-fan-out';

export interface ProveOptions {
  /** The CPython version both runs simulate (default: the engine's). */
  python?: PythonVersion;
  /** The program's standard input, the same for both runs. */
  stdin?: string;
  /**
   * The run of `source` already made (same version, details recorded: not `traceOnly`), so that
   * it is not run again; the doctor's findings came from it.
   */
  before?: RunResult;
}

/** Virtual seconds closer than this are the same time. */
const EPSILON = 1e-9;

/**
 * The proven fix for `finding` in `source`, or null when there is no safe rewrite, the rewritten
 * program fails in a new way, or its run does not show the improvement.
 */
export function prove(source: string, finding: Finding, opts: ProveOptions = {}): Fix | null {
  const fix = FIXES[finding.kind];
  if (!fix) return null;
  const rewritten = fix.rewrite(source, finding);
  if (rewritten === null || rewritten === source) return null;
  const run = (src: string) =>
    simulate(src, { python: opts.python, stdin: opts.stdin, traceOnly: finding.kind !== 'unbounded-fan-out' });
  const before = opts.before ?? run(source);
  if (before.diagnostics.length || before.internalError) return null;
  const after = run(rewritten);
  if (newError(before, after) || !improved(finding.kind, before, after)) return null;
  return { title: fix.title, source: rewritten, before: before.trace.end, after: after.trace.end };
}

/**
 * The findings with their proven fixes attached (`fix`), in the same order; a finding without one
 * is returned as it was. `opts.before` saves running the program again for each finding.
 */
export function withFixes(source: string, findings: Finding[], opts: ProveOptions = {}): Finding[] {
  const before = opts.before ?? simulate(source, { python: opts.python, stdin: opts.stdin });
  return findings.map((f) => {
    const fix = prove(source, f, { ...opts, before });
    return fix ? { ...f, fix } : f;
  });
}

/** Whether the rewritten program's run went wrong where the original's did not. */
function newError(before: RunResult, after: RunResult): boolean {
  if (after.diagnostics.length || after.internalError || after.limit) return true;
  if (after.trace.error !== null && after.trace.error !== before.trace.error) return true;
  return after.ui.taskErrors.length > before.ui.taskErrors.length;
}

/** Whether the run after the fix shows the finding's problem gone. */
function improved(kind: FindingKind, before: RunResult, after: RunResult): boolean {
  const time = (r: RunResult) => r.trace.end;
  const count = (r: RunResult, text: RegExp) => r.trace.warnings.filter((w) => text.test(w.text)).length;
  switch (kind) {
    case 'blocking-call':
      // The loop is frozen for less time, and the program takes no longer.
      return blockedSeconds(after) < blockedSeconds(before) - EPSILON && time(after) <= time(before) + EPSILON;
    case 'never-awaited':
      return count(after, NEVER_AWAITED) < count(before, NEVER_AWAITED);
    case 'sequential-awaits':
      return time(after) < time(before) - EPSILON;
    case 'unbounded-fan-out':
      return peakWorking(after) <= FAN_OUT_LIMIT && peakWorking(after) < peakWorking(before);
    case 'dropped-task':
      return unfinished(after) < unfinished(before);
    case 'exception-never-retrieved':
      return count(after, NEVER_RETRIEVED) < count(before, NEVER_RETRIEVED);
    case 'address-order':
    case 'hash-order':
      return false;
  }
}

const NEVER_AWAITED = /^RuntimeWarning: coroutine .* was never awaited/;
const NEVER_RETRIEVED = /^Task exception was never retrieved/;

/** Seconds the loop's own thread spent in blocking calls. */
const blockedSeconds = (r: RunResult): number => r.ui.blocks.reduce((sum, b) => sum + b.seconds, 0);

/** Tasks that did not run to their end: cancelled, or still pending when the run ended. */
const unfinished = (r: RunResult): number =>
  r.trace.tasks.filter((t) => t.state === 'cancelled' || t.done === null).length;

/** Waits on another task or on a synchronisation object: the task is held back, not working. */
const HELD =
  /^(gather|wait|wait_for|as_completed|shield|TaskGroup|Semaphore|BoundedSemaphore|Lock|Event|Condition|Barrier|Queue|PriorityQueue|LifoQueue)$/;

/**
 * The most tasks that were working at once: waiting on a timer, I/O or a thread, rather than on
 * another task or a synchronisation object (a semaphore's queue).
 */
function peakWorking(r: RunResult): number {
  const names = new Set(r.trace.tasks.map((t) => t.name));
  const working = new Map<string, boolean>();
  let now = 0;
  let peak = 0;
  r.trace.steps.forEach((s, k) => {
    const waits = r.ui.details[k]?.waitsOn ?? null;
    const busy = waits !== null && !HELD.test(waits) && !names.has(waits);
    if (busy !== (working.get(s.task) ?? false)) now += busy ? 1 : -1;
    working.set(s.task, busy);
    peak = Math.max(peak, now);
  });
  return peak;
}
