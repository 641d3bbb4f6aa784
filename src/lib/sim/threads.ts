/**
 * Simulated threads on the virtual clock (threads.md): one GIL, threads switch only where one
 * blocks. A thread started by `_thread.start_new_thread` runs as a generator (interp/threaded.ts)
 * that yields what it waits for; the main thread (the event loop's) and a thread blocked inside
 * native code block in place, running the others until what they wait for is ready.
 */
import type { PyValue } from '../runtime/core';
import { threadFrames, type ThreadGen, type Wait } from '../interp/threaded';
import { run } from '../runtime/run';
import { BLOCKED, RUNNING, type ThreadLog } from '../trace/threads';

export interface SimThread {
  ident: number;
  name: string;
  /** The thread's code, null for the main thread. */
  gen: ThreadGen | null;
  /** What it waits for, null while it runs (or once done). */
  wait: (Wait & { what?: string }) | null;
  /** Order of blocking: among threads ready at once, the one that blocked first runs first. */
  seq: number;
  done: boolean;
  daemon: boolean;
  /** Blocked in place (its JS frames are on the stack below the running thread's). */
  inPlace: boolean;
  /** Its number in the threads' log. */
  log: number;
  /** Its frames of the program's own functions (interp/threaded.ts threadFrames), innermost last. */
  frames: { line: number }[];
  /** The main thread: run.userLine when it last resumed, and the line it was at then. */
  resumedAt: number;
  line: number;
}

export interface ThreadHost {
  now(): number;
  advanceTo(t: number): void;
  /** End the run (a deadlock): throws. */
  stop(message: string): never;
  /** Where the threads' starts, switches and ends are recorded (trace/threads.ts). */
  log: ThreadLog;
}

/** CPython's idents are addresses; Loopline numbers them from this one, in start order. */
const FIRST_IDENT = 140_000_000_000_000;

export class ThreadScheduler {
  readonly main: SimThread;
  current: SimThread;
  readonly threads: SimThread[] = [];
  private seq = 0;
  private nextIdent = FIRST_IDENT + 0x1000;

  constructor(private host: ThreadHost) {
    this.main = this.make('MainThread', null);
    this.current = this.main;
  }

  private make(name: string, gen: ThreadGen | null): SimThread {
    const t: SimThread = {
      ident: gen === null ? FIRST_IDENT : (this.nextIdent += 0x1000),
      name,
      gen,
      wait: null,
      seq: 0,
      done: false,
      daemon: false,
      inPlace: false,
      log: this.host.log.started(name),
      frames: [],
      resumedAt: 0,
      line: 0,
    };
    this.threads.push(t);
    return t;
  }

  /** The program's line thread `t` (the running one) is at: its innermost frame's, 0 when it has none. */
  private lineOf(t: SimThread): number {
    if (t !== this.main) return t.frames.length ? t.frames[t.frames.length - 1].line : 0;
    // The main thread runs plain: run.userLine is its own when it changed since the thread resumed.
    if (run.userLine !== t.resumedAt) t.line = run.userLine;
    return t.line;
  }

  /** Thread `t` (the running one) blocks on `w`. */
  private blocked(t: SimThread, w: Wait & { what?: string }): void {
    this.host.log.state(t.log, BLOCKED, w.what ?? 'Lock', this.lineOf(t));
  }

  rename(t: SimThread, name: string): void {
    t.name = name;
    this.host.log.renamed(t.log, name);
  }

  setDaemon(t: SimThread, daemon: boolean): void {
    t.daemon = daemon;
    this.host.log.setDaemon(t.log, daemon);
  }

  /** A new thread, runnable at once; it runs when the running thread blocks. */
  start(gen: ThreadGen, name = ''): SimThread {
    const t = this.make(name, gen);
    if (!name) this.rename(t, `Thread-${this.threads.length - 1}`);
    t.wait = { ready: () => true, deadline: null };
    t.seq = ++this.seq;
    return t;
  }

  /** Any thread but the main one still running? */
  othersAlive(): boolean {
    for (const t of this.threads) if (t !== this.main && !t.done) return true;
    return false;
  }

  /** The running thread blocks where it is (its frames stay on the JS stack) until `w` is ready or its deadline passes. */
  blockInPlace(w: Wait & { what?: string }): void {
    const me = this.current;
    me.wait = w;
    me.seq = ++this.seq;
    me.inPlace = true;
    this.blocked(me, w);
    try {
      for (;;) {
        const next = this.pick();
        if (next === me) return;
        if (next !== null) {
          if (next.inPlace)
            this.host.stop(
              `Not simulated: ${me.name} blocks where it cannot be suspended (in a generator, or in a call from native code) while ${next.name}, blocked below it, must run`,
            );
          this.resume(next);
          continue;
        }
        this.advance();
      }
    } finally {
      me.wait = null;
      me.inPlace = false;
      this.current = me;
      threadFrames.current = me.frames;
      if (me === this.main) me.resumedAt = run.userLine;
      this.host.log.state(me.log, RUNNING, '', 0);
    }
  }

  /** The thread to run next: ready ones in the order they blocked. */
  private pick(): SimThread | null {
    const now = this.host.now();
    let best: SimThread | null = null;
    for (const t of this.threads) {
      const w = t.wait;
      if (t.done || w === null) continue;
      if (best !== null && t.seq > best.seq) continue;
      if ((w.deadline !== null && w.deadline <= now) || w.ready()) best = t;
    }
    return best;
  }

  /** Nothing is ready: the clock moves to the earliest deadline, or every thread waits forever. */
  private advance(): void {
    let at: number | null = null;
    for (const t of this.threads) {
      const d = t.wait?.deadline ?? null;
      if (!t.done && d !== null && (at === null || d < at)) at = d;
    }
    if (at === null) this.host.stop(this.deadlockMessage());
    this.host.advanceTo(at);
  }

  private resume(t: SimThread): void {
    this.current = t;
    t.wait = null;
    threadFrames.current = t.frames;
    this.host.log.state(t.log, RUNNING, '', 0);
    const r = t.gen!.next(null as PyValue);
    if (r.done) {
      t.done = true;
      this.host.log.ended(t.log);
      return;
    }
    t.wait = r.value as unknown as Wait;
    t.seq = ++this.seq;
    this.blocked(t, t.wait);
  }

  deadlockMessage(): string {
    const parts = this.threads
      .filter((t) => !t.done && t.wait)
      .map((t) => `${t.name} waits for ${t.wait!.what ?? 'a lock'}`);
    return 'Deadlock: ' + parts.join('; ');
  }
}
