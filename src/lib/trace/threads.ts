/**
 * What each simulated thread did (sim/threads.md), for the timeline's thread lanes: when it
 * started and ended, and the spans it held the GIL (ran) or was blocked, and on what. The
 * simulator tells the log where threads switch; a run that starts no thread has no log.
 *
 * A moment is kept as a virtual time and a step position: 2k + 1 while task step k runs, 2k
 * between steps (before step k), so the timeline can place it on the step axis too.
 */

/** A span's state: the thread holds the GIL, or it waits (BLOCKED, on `on`). */
export const RUNNING = 0;
export const BLOCKED = 1;

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
  };
  /** Index of each thread's open span in `spans` (-1: none). */
  private open: number[] = [];

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
    if (i === 0) this.state(0, RUNNING, '', 0);
    return i;
  }

  renamed(i: number, name: string): void {
    this.data.names[i] = name;
  }

  setDaemon(i: number, daemon: boolean): void {
    this.data.daemon[i] = daemon;
  }

  /** Thread i now runs (RUNNING) or waits for `on` at the program's `line` (0: none). */
  state(i: number, state: number, on: string, line: number): void {
    this.close(i);
    const s = this.data.spans;
    this.open[i] = s.length;
    const t = this.clock.now();
    const p = this.clock.position();
    s.push(i, state, t, t, p, p, line);
    this.data.on.push(on);
  }

  ended(i: number): void {
    this.close(i);
    this.data.ended[i] = this.clock.now();
    this.data.endedAt[i] = this.clock.position();
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
