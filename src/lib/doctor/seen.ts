/** What one detector is given: the run as recorded, and the program's text it ran. */
import type { RunResult } from '../run';
import type { UiTrace } from '../trace/types';
import type { Program } from './program';

export interface Seen {
  ui: UiTrace;
  /** Where a runaway or deadlock stop happened (RunResult.stopLine). */
  stopLine: number | null;
  /** Which cap stopped the run, if one did. */
  limit?: RunResult['limit'];
  program: Program;
}

/** Whether the run ended on its own (not at a cap, a deadlock or a Loopline stop). */
export function endedOnItsOwn(seen: Seen): boolean {
  const error = seen.ui.conformance.error;
  return (
    seen.limit === undefined &&
    seen.stopLine === null &&
    !(error !== null && /^(Limit|Deadlock|Not simulated)\b/.test(error))
  );
}
