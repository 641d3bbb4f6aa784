/** Runs a program and returns what the doctor saw in the run (shared by the doctor's tests). */
import { simulate, type RunOptions } from '../../../src/lib/run';
import { diagnose, type Finding } from '../../../src/lib/doctor';

export function see(source: string, opts: RunOptions = {}): Finding[] {
  return diagnose(source, simulate(source, opts), opts.python);
}

/** `LINE kind` of each finding, for short expectations. */
export function where(source: string, opts: RunOptions = {}): string[] {
  return see(source, opts).map((f) => `${f.endLine ? `${f.line}-${f.endLine}` : f.line} ${f.kind}`);
}

/** A program from lines (line 1 first), so that expectations can name lines. */
export const py = (...lines: string[]): string => lines.join('\n') + '\n';
