/**
 * What each simulated process did (sim/threads.md, "Processes"), for the timeline's process
 * lanes: when it started and ended, the spans it computed on a core, and the spans its first
 * thread waited: for a free core, or for what it blocked on. The scheduler makes the log when a
 * program imports multiprocessing (CPU time goes on the clock then); a run that starts no child
 * process keeps none.
 *
 * A computation ends in the future of the moment it is recorded (the slice's CPU time goes on
 * the clock from now), and a sleep may end while every core is busy (the process then waits for
 * one), so a moment's step position (2k + 1 inside step k, 2k before it, as in trace/threads.ts)
 * may be unknown: then it is -1, and the timeline places it by its time.
 */

import type { ThreadClock, ThreadTrace } from './threads';

/** A span's state: the process computes on a core, waits for one, or waits for something else (`on`). */
export const COMPUTING = 0;
export const NO_CORE = 1;
export const WAITING = 2;

/** Numbers per span in ProcessTrace.spans. */
export const PROC_SPAN_FIELDS = 7;

/** A step position not known when it was recorded (a moment the clock was not at). */
const LATER = -1;

/**
 * The processes' log: the shape of the threads' (trace/threads.ts ThreadTrace: names, start and
 * end times and positions, spans of PROC_SPAN_FIELDS numbers, and what each span waited `on`),
 * with each process's pid. Process 0 is the program's own (MainProcess); a process's end is its
 * last computation's (null: the main process, or one still running at the end); a span's state
 * is COMPUTING, NO_CORE or WAITING, its line the program's line its thread waited at (0: none).
 */
export interface ProcessTrace extends Omit<ThreadTrace, 'daemon' | 'loopTasks'> {
  pids: number[];
}

export class ProcessLog {
  private readonly data: ProcessTrace = {
    names: [],
    pids: [],
    started: [],
    startedAt: [],
    ended: [],
    endedAt: [],
    spans: [],
    on: [],
  };
  /** Index of each process's open wait in `spans` (-1: none). */
  private open: number[] = [];
  /** When each process's open wait times out (null: none). */
  private due: (number | null)[] = [];

  constructor(private readonly clock: ThreadClock) {}

  /** A process started now (the first one is the main process, from 0); returns its number. */
  started(name: string, pid: number): number {
    const d = this.data;
    const first = d.names.length === 0;
    d.names.push(name);
    d.pids.push(pid);
    d.started.push(first ? 0 : this.clock.now());
    d.startedAt.push(first ? 0 : this.clock.position());
    d.ended.push(null);
    d.endedAt.push(null);
    this.open.push(-1);
    this.due.push(null);
    return d.names.length - 1;
  }

  /** Process i computes on a core from now until `until` (its slice's CPU time). */
  computes(i: number, until: number): void {
    this.push(i, COMPUTING, this.clock.now(), until, '', 0);
  }

  /**
   * Process i's thread waits from `from` (now, or when its computation ends) for `on` (NO_CORE:
   * for a core), until `deadline` at the latest (null: none).
   */
  waits(i: number, state: number, from: number, on: string, line: number, deadline: number | null): void {
    this.close(i);
    this.open[i] = this.push(i, state, from, from, on, line);
    this.due[i] = state === NO_CORE ? null : deadline;
  }

  /** Process i's thread runs again (its wait is over now; one that timed out before waited for a core since). */
  resumed(i: number): void {
    const at = this.open[i];
    const due = this.due[i];
    if (at >= 0 && due !== null && due > this.data.spans[at + 2] && due < this.clock.now()) {
      const s = this.data.spans;
      s[at + 3] = due;
      s[at + 5] = LATER;
      this.open[i] = this.push(i, NO_CORE, due, due, '', 0);
      s[this.open[i] + 4] = LATER;
    }
    this.close(i);
  }

  /** Process i ended at `at` (its last computation's end). */
  ended(i: number, at: number): void {
    this.close(i);
    this.data.ended[i] = at;
    this.data.endedAt[i] = this.positionAt(at);
  }

  private push(i: number, state: number, t0: number, t1: number, on: string, line: number): number {
    const s = this.data.spans;
    const at = s.length;
    s.push(i, state, t0, t1, this.positionAt(t0), this.positionAt(t1), line);
    this.data.on.push(on);
    return at;
  }

  private positionAt(t: number): number {
    return t > this.clock.now() ? LATER : this.clock.position();
  }

  private close(i: number): void {
    const at = this.open[i];
    if (at < 0) return;
    const s = this.data.spans;
    const now = this.clock.now();
    if (now > s[at + 2]) {
      s[at + 3] = now;
      s[at + 5] = this.clock.position();
    }
    this.open[i] = -1;
    this.due[i] = null;
  }

  /** The log, open waits closed at now; undefined when the program started no child process. */
  finish(): ProcessTrace | undefined {
    if (this.data.names.length < 2) return undefined;
    for (let i = 0; i < this.open.length; i++) this.close(i);
    return this.data;
  }
}
