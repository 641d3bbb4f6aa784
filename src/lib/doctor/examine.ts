/**
 * The doctor's whole answer for one run: its findings, each with its fix when one was proven by
 * running it. Proving runs each rewrite once more, so a big run (more steps than `proveUpTo`) gets
 * its findings without fixes rather than a late timeline.
 */
import type { RunResult } from '../run';
import type { PythonVersion } from '../ir/python-version';
import type { Finding } from './types';
import { diagnose } from './index';
import { withFixes } from './prove';

export interface ExamineOptions {
  python?: PythonVersion;
  /** The program's standard input (its fixes are proven with it). */
  stdin?: string;
  /** Fixes are proven only for runs of at most this many steps (default: all). */
  proveUpTo?: number;
}

/** `result` must be a full run (not trace-only): the detectors and proofs read its step details. */
export function examine(source: string, result: RunResult, opts: ExamineOptions = {}): Finding[] {
  const findings = diagnose(source, result, opts.python);
  if (!findings.length || result.trace.steps.length > (opts.proveUpTo ?? Infinity)) return findings;
  return withFixes(source, findings, { python: opts.python, stdin: opts.stdin, before: result });
}
