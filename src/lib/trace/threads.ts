/**
 * What each simulated thread did (sim/threads.md), for the timeline's thread lanes: when it
 * started and ended, and the spans it held the GIL (ran) or was blocked, and on what. The
 * simulator tells the log where threads switch; a run that starts no thread has no log.
 *
 * A moment is kept as a virtual time and a step position: 2k + 1 while task step k runs, 2k
 * between steps (before step k), so the timeline can place it on the step axis too. When CPU work
 * takes time (a program that uses processes) a run lasts until its slice's CPU time is over, a
 * moment the clock has not reached yet: its position is then -1, and the timeline places it by
 * its time.
 */

/** A span's state: the thread holds the GIL, or it waits (BLOCKED, on `on`). */
export const RUNNING = 0;
export const BLOCKED = 1;

/**
 * A pool worker's wait for its next job: this and the pool's class (`idle:ThreadPoolExecutor`),
 * recorded instead of the lock its queue blocks on, so the timeline says the worker is idle.
 */
export const IDLE_ON = 'idle:';

/** Numbers per span in ThreadTrace.spans. */
export const SPAN_FIELDS = 7;

export interface ThreadTrace {
  /** Each thread in start order; 0 is MainThread, the event loop's thread. */
  names: string[];
  daemon: boolean[];
  started: number[];
  /** Step position of the start. */
  startedAt: number[];
  /** When it ended (null: still running at the program's end, a daemon thread). */
  ended: (number | null)[];
  endedAt: (number | null)[];
  /**
   * Flat, SPAN_FIELDS per span in the order they began: thread, state, start time, end time,
   * start position, end position, the program's line the thread was at (0: none known).
   */
  spans: number[];
  /** Per span: what a blocked thread waited for (Wait.what: 'Lock', 'time.sleep(1)', 'the event loop', ...), '' while it ran. */
  on: string[];
  /**
   * Tasks of event loops run by threads other than the main one: flat pairs of the task's number
   * in the trace and the thread's (a task is listed at its first step, in its loop's thread).
   */
  loopTasks: number[];
}

/** Where the log reads the clock and the step position. */
export interface ThreadClock {
  now(): number;
  position(): number;
}

export class ThreadLog {
  private readonly data: ThreadTrace = {
    names: [],
    daemon: [],
    started: [],
    startedAt: [],
    ended: [],
    endedAt: [],
    spans: [],
    on: [],
    loopTasks: [],
  };
  /** The tasks listed in loopTasks. */
  private listed = new Set<number>();
  /** Index of each thread's open span in `spans` (-1: none). */
  private open: number[] = [];
  /** When each thread's open wait times out (null: none). */
  private due: (number | null)[] = [];

  constructor(private readonly clock: ThreadClock) {}

  /** A thread started (the first one is the main thread, running from now); returns its number. */
  started(name: string): number {
    const d = this.data;
    const i = d.names.length;
    d.names.push(name);
    d.daemon.push(false);
    d.started.push(this.clock.now());
    d.startedAt.push(this.clock.position());
    d.ended.push(null);
    d.endedAt.push(null);
    this.open.push(-1);
    this.due.push(null);
    if (i === 0) this.state(0, RUNNING, '', 0);
    return i;
  }

  renamed(i: number, name: string): void {
    this.data.names[i] = name;
  }

  setDaemon(i: number, daemon: boolean): void {
    this.data.daemon[i] = daemon;
  }

  /**
   * Thread i now (or from `from`, when its run ends later) runs (RUNNING) or waits for `on` at the
   * program's `line` (0: none), until `deadline` at the latest (null: none). A wait that timed out
   * before the thread runs again was followed by a wait for the GIL (its process computed).
   */
  state(
    i: number,
    state: number,
    on: string,
    line: number,
    from = this.clock.now(),
    deadline: number | null = null,
  ): void {
    const at = this.open[i];
    const due = this.due[i];
    if (state === RUNNING && at >= 0 && due !== null && due > this.data.spans[at + 2] && due < this.clock.now()) {
      this.data.spans[at + 3] = due;
      this.data.spans[at + 5] = -1;
      this.open[i] = -1;
      this.state(i, BLOCKED, 'the GIL', 0, due);
      this.data.spans[this.open[i] + 4] = -1;
    }
    this.close(i);
    this.due[i] = state === BLOCKED ? deadline : null;
    const s = this.data.spans;
    this.open[i] = s.length;
    const p = this.positionAt(from);
    s.push(i, state, from, from, p, p, line);
    this.data.on.push(on);
  }

  /** Task `task` (its number in the trace) takes a step in thread i's event loop (i > 0: not the main thread's). */
  loopTask(task: number, i: number): void {
    if (i <= 0 || this.listed.has(task)) return;
    this.listed.add(task);
    this.data.loopTasks.push(task, i);
  }

  /** Thread i's run lasts until `t` (its slice's CPU time on the clock, CPU work taking time). */
  ranUntil(i: number, t: number): void {
    const at = this.open[i];
    if (at < 0 || this.data.spans[at + 1] !== RUNNING) return;
    this.data.spans[at + 3] = t;
    this.data.spans[at + 5] = this.positionAt(t);
    this.open[i] = -1;
  }

  /** Thread i ended (at `at`, when its last slice's CPU time is over). */
  ended(i: number, at = this.clock.now()): void {
    this.close(i);
    this.data.ended[i] = at;
    this.data.endedAt[i] = this.positionAt(at);
  }

  private positionAt(t: number): number {
    return t > this.clock.now() ? -1 : this.clock.position();
  }

  private close(i: number): void {
    const at = this.open[i];
    if (at < 0) return;
    this.data.spans[at + 3] = this.clock.now();
    this.data.spans[at + 5] = this.clock.position();
    this.open[i] = -1;
  }

  /** The log, its open spans closed at now; undefined when no thread but the main one ever started. */
  finish(): ThreadTrace | undefined {
    if (this.data.names.length < 2) return undefined;
    for (let i = 0; i < this.open.length; i++) this.close(i);
    return this.data;
  }
}
