/**
 * Where a runtime error stopped the program and what to say there, for the editor's underline:
 * the error as the uncaught traceback's last line gives it, so the "Did you mean ...?" hint
 * CPython adds there (interp/suggestions.ts) shows in the editor too.
 */
import type { RunResult } from '../../run';

export interface Problem {
  line: number;
  message: string;
}

type Stopped = Pick<RunResult, 'stopLine' | 'traceback'> & { trace: Pick<RunResult['trace'], 'error'> };

/** The program's line where the run stopped with an error, and the error's message; null when none. */
export function runtimeProblem(result: Stopped | null | undefined): Problem | null {
  const error = result?.trace.error;
  if (!result || !error) return null;
  let line = result.stopLine;
  if (line === null && result.traceback) {
    const all = [...result.traceback.matchAll(/File "main\.py", line (\d+)/g)];
    if (all.length) line = Number(all[all.length - 1][1]);
  }
  return line ? { line, message: withHint(error, result.traceback) } : null;
}

/** The traceback's last line when it is the error with something added (the hint), else the error. */
function withHint(error: string, traceback: string | null): string {
  const last = traceback?.trimEnd().split('\n').at(-1) ?? '';
  return last.startsWith(error) ? last : error;
}
