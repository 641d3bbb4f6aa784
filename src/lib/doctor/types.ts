/**
 * The asyncio doctor's findings: mistakes Loopline saw in a run of the learner's own program,
 * each with where it is, what it cost, and (when there is one) a fix that was run to prove it.
 */

/** The classic mistakes the doctor reports. */
export type FindingKind =
  | 'blocking-call'
  | 'never-awaited'
  | 'sequential-awaits'
  | 'unbounded-fan-out'
  | 'dropped-task'
  | 'exception-never-retrieved'
  | 'address-order'
  | 'hash-order';

/** A sentence in each language the app speaks. */
export interface Said {
  en: string;
  ko: string;
}

export interface Finding {
  kind: FindingKind;
  /** The program's line the finding points at (1-based). */
  line: number;
  /** Last line of the span, when the finding covers several (sequential awaits). */
  endLine?: number;
  message: Said;
  /** What it cost, measured from the run ("the loop froze for 2.0 s while 3 tasks waited"). */
  cost?: Said;
  /** The virtual time the timeline marks it at (when it began to cost, or was seen), when known. */
  at?: number;
  /** Measured figures behind `cost` (virtual seconds, how many tasks), for tools. */
  figures?: Record<string, number>;
  /** The fix, when the doctor has one and running it proved it. */
  fix?: Fix;
}

export interface Fix {
  /** What the fix does ("gather the three awaits"). */
  title: Said;
  /** The whole rewritten program. */
  source: string;
  /** Virtual seconds the program took before and after the fix. */
  before: number;
  after: number;
}
