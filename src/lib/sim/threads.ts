/**
 * Simulated threads and processes on the virtual clock (threads.md): one GIL per process; a
 * thread hands it over where it blocks and after a slice of CPU time (sys.getswitchinterval()). A thread started by `_thread.start_new_thread` runs as a generator (interp/threaded.ts)
 * that yields what it waits for; the main thread (the event loop's) and a thread blocked inside
 * native code block in place, running the others until what they wait for is ready.
 */
import type { PyValue } from '../runtime/core';
import { END_SLICE, threadFrames, type ThreadGen, type Wait } from '../interp/threaded';
import { run } from '../runtime/run';
import { frameStack } from '../interp/drops';
import type { Frame } from '../interp/frame';
import { BLOCKED, IDLE_ON, RUNNING, type ThreadLog } from '../trace/threads';
import { NO_CORE, WAITING, type ProcessLog } from '../trace/processes';
import { CPU_SECONDS_PER_OP, DEFAULT_SWITCH_INTERVAL } from './cpu-time';
import { Ctx, copyContext, swapContext } from './contexts';

/** A simulated process: its threads share its GIL; processes run in parallel on the cores. */
export interface SimProcess {
  pid: number;
  /** Its GIL is held by CPU work until then (the clock has not got there yet). */
  busyUntil: number;
  /** A forked process: the program's namespace and this process's copy of it (null: the main process). */
  fork: { from: Map<string, PyValue>; to: Map<string, PyValue> } | null;
  /** Its number in the processes' log (-1: none kept). */
  log: number;
  /** Its first thread, whose waits are the process's on its lane. */
  leader: SimThread | null;
  /** A command run by subprocess or asyncio (stdlib/subprocesses.ts), not a multiprocessing process. */
  command?: boolean;
}

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
  /** Its number in the threads' log (-1: a child process's thread, which the process's lane shows). */
  log: number;
  /** Its frames (interp/threaded.ts threadFrames), innermost last. */
  frames: Frame[];
  /**
   * Its current contextvars context while another thread runs (null: the main thread's, which
   * stays current under the others): a new thread starts in an empty one, a new process in a copy
   * of its creator's (the forked memory).
   */
  ctx: Ctx | null;
  /** Where its plain calls start on the frame stack while it runs (threadFrames.base). */
  stackBase: number;
  /** The main thread: run.userLine when it last resumed, and the line it was at then. */
  resumedAt: number;
  line: number;
  proc: SimProcess;
  /**
   * What the standard library says the thread waits for while it does (a pool worker waiting for
   * its next job, trace/threads.ts IDLE_ON), in place of the lock underneath; null: the lock's name.
   */
  waitsFor: string | null;
}

export interface ThreadHost {
  now(): number;
  advanceTo(t: number): void;
  /** End the run (a deadlock): throws. */
  stop(message: string): never;
  /** Where the threads' starts, switches and ends are recorded (trace/threads.ts). */
  log: ThreadLog;
  /** Where the processes' starts, computations, waits and ends are recorded (trace/processes.ts). */
  processes(): ProcessLog;
}

/** CPython's idents are addresses; Loopline numbers them from this one, in start order. */
const FIRST_IDENT = 140_000_000_000_000;
/** os.getpid() of the main process (stdlib/py/os.py); child processes count on from it. */
export const MAIN_PID = 4242;

export class ThreadScheduler {
  readonly main: SimThread;
  current: SimThread;
  readonly threads: SimThread[] = [];
  private seq = 0;
  private nextIdent = FIRST_IDENT + 0x1000;
  private nextPid = MAIN_PID;
  /** sys.setswitchinterval(): seconds of CPU time a thread runs before handing the GIL over. */
  switchInterval = DEFAULT_SWITCH_INTERVAL;
  /** CPU work takes time on the clock (a program that uses processes, threads.md). */
  cpuClock = false;
  /** How many processes compute at once (os.cpu_count()). */
  cores: number;
  /** The processes' log, once CPU time is on the clock (a program that uses multiprocessing). */
  private plog: ProcessLog | null = null;
  /** run.ops when the running thread's slice began. */
  private sliceStart = 0;

  constructor(
    private host: ThreadHost,
    cores = 4,
  ) {
    this.cores = cores;
    this.main = this.make('MainThread', null, this.newProcess());
    this.current = this.main;
    this.beginSlice();
    run.blockInPlace = (w) => this.blockInPlace(w as Wait);
  }

  /** A new process, named as multiprocessing names it (Process-1, ForkPoolWorker-2, ...). */
  newProcess(name = ''): SimProcess {
    const pid = this.nextPid++;
    return { pid, busyUntil: 0, fork: null, log: this.plog?.started(name, pid) ?? -1, leader: null };
  }

  private make(name: string, gen: ThreadGen | null, proc: SimProcess): SimThread {
    const t: SimThread = {
      ident: gen === null ? FIRST_IDENT : (this.nextIdent += 0x1000),
      name,
      gen,
      wait: null,
      seq: 0,
      done: false,
      daemon: false,
      inPlace: false,
      log: proc.pid === MAIN_PID ? this.host.log.started(name) : -1,
      frames: [],
      ctx: gen === null ? null : proc === this.current.proc ? new Ctx() : copyContext(),
      stackBase: 0,
      resumedAt: 0,
      line: 0,
      proc,
      waitsFor: null,
    };
    this.threads.push(t);
    proc.leader ??= t;
    return t;
  }

  /** The program's line thread `t` (the running one) is at: its innermost frame's, 0 when it has none. */
  private lineOf(t: SimThread): number {
    if (t !== this.main) {
      // Its innermost frame of the program's own (library frames are on its list too).
      for (let i = t.frames.length - 1; i >= 0; i--) if (t.frames[i].code.user) return t.frames[i].line;
      return 0;
    }
    // The main thread runs plain: run.userLine is its own when it changed since the thread resumed.
    if (run.userLine !== t.resumedAt) t.line = run.userLine;
    return t.line;
  }

  /** Thread `t` (the running one) blocks on `w`. */
  private blocked(t: SimThread, w: Wait & { what?: string }): void {
    const line = this.lineOf(t);
    // Its wait begins when its computation ends.
    const from = Math.max(this.host.now(), t.proc.busyUntil);
    // END_SLICE: its slice is over; it waits for the GIL (and its process for a core).
    const slice = w.ready === END_SLICE.ready && w.deadline === null;
    const what = t.waitsFor ?? w.what ?? 'Lock';
    if (t.log >= 0) this.host.log.state(t.log, BLOCKED, slice ? 'the GIL' : what, line, from, w.deadline);
    if (this.plog !== null && t.proc.leader === t && t.proc.log >= 0) {
      this.plog.waits(t.proc.log, slice ? NO_CORE : WAITING, from, slice ? '' : what, line, w.deadline);
    }
  }

  /** Thread `t` runs again (holds its process's GIL). */
  private running(t: SimThread): void {
    if (t.log >= 0) this.host.log.state(t.log, RUNNING, '', 0);
    if (this.plog !== null && t.proc.leader === t && t.proc.log >= 0) this.plog.resumed(t.proc.log);
  }

  /** The running thread, a worker of the pool class `pool`, waits for its next job until idleForWork(null). */
  idleForWork(pool: string | null): void {
    this.current.waitsFor = pool === null ? null : IDLE_ON + pool;
  }

  /** The running thread's event loop takes a step of task `task` (its number in the trace): its lane goes under the thread's. */
  loopTask(task: number): void {
    const t = this.current;
    if (t !== this.main && t.log > 0) this.host.log.loopTask(task, t.log);
  }

  rename(t: SimThread, name: string): void {
    t.name = name;
    if (t.log >= 0) this.host.log.renamed(t.log, name);
  }

  setDaemon(t: SimThread, daemon: boolean): void {
    t.daemon = daemon;
    if (t.log >= 0) this.host.log.setDaemon(t.log, daemon);
  }

  /** A new thread, runnable at once; it runs when the running thread blocks. */
  start(gen: ThreadGen, name = '', proc: SimProcess = this.current.proc): SimThread {
    const t = this.make(name, gen, proc);
    if (!name) this.rename(t, `Thread-${this.threads.length - 1}`);
    t.wait = { ready: () => true, deadline: null };
    t.seq = ++this.seq;
    this.armSlice();
    return t;
  }

  /** sys.setswitchinterval(): the running slice ends at the new interval. */
  setSwitchInterval(seconds: number): void {
    this.switchInterval = seconds;
    this.armSlice();
  }

  /** From now on CPU work takes time on the clock (a program that uses processes). */
  putCpuOnClock(): void {
    this.cpuClock = true;
    this.logProcesses();
    this.armSlice();
  }

  /** Processes get lanes of their own (the log of child processes; subprocesses keep CPU time off the clock). */
  logProcesses(): void {
    if (this.plog !== null) return;
    this.plog = this.host.processes();
    this.main.proc.log = this.plog.started('MainProcess', this.main.proc.pid);
  }

  /** The running thread's CPU time so far goes on the clock (before the clock is read or the thread waits). */
  flushCpuInPlace(): void {
    if (this.pendingCpu() > 0) this.endSliceInPlace();
  }

  /** The running thread starts a new slice of CPU time (in its process's namespace). */
  private beginSlice(): void {
    const fork = this.current.proc.fork;
    run.forkedFrom = fork?.from ?? null;
    run.forkedTo = fork?.to ?? null;
    this.sliceStart = run.ops;
    run.sliceDue = false;
    this.armSlice();
  }

  /** The slice ends at the switch interval while another thread lives (or always when CPU time is on the clock). */
  private armSlice(): void {
    const alone = !this.cpuClock && !this.othersAlive();
    run.switchAt = alone ? Infinity : this.sliceStart + this.sliceOps();
    run.sliceOver = () => this.sliceOver();
  }

  /** Operations in a slice: the switch interval's worth. */
  private sliceOps(): number {
    return Math.max(1, Math.round(this.switchInterval / CPU_SECONDS_PER_OP));
  }

  /** tick(): the slice is over. The main thread hands over where it is; another at its next call or loop iteration. */
  private sliceOver(): void {
    run.switchAt = Infinity;
    if (this.current.gen === null || this.current.inPlace) this.endSliceInPlace();
    else run.sliceDue = true;
  }

  /** CPU time of the running slice not yet on the clock (0 unless CPU time is on the clock). */
  pendingCpu(): number {
    return this.cpuClock ? (run.ops - this.sliceStart) * CPU_SECONDS_PER_OP : 0;
  }

  /** The running thread's slice ends here: it waits for the GIL (behind the threads that wait already). */
  endSliceInPlace(): void {
    // The thread that would take the GIL is blocked below this one on the JS stack (this one
    // runs inside its blocking call, and cannot be suspended here): it can only run once this
    // one returns, so this one keeps the GIL until its next slice's end (CPython's switch points
    // are the OS's timing anyway). Its CPU time so far is charged then.
    const next = this.pick(this.current);
    if (next !== null && next.inPlace) {
      run.switchAt = run.ops + this.sliceOps();
      return;
    }
    this.blockInPlace(END_SLICE);
  }

  /**
   * The slice's CPU time goes on the clock: the process computes until now + cost (on a core of
   * its own), and a wait that starts now starts then.
   */
  private charge(t: SimThread, w: Wait & { what?: string }): Wait & { what?: string } {
    const cost = this.pendingCpu();
    this.sliceStart = run.ops;
    if (cost <= 0) return w;
    t.proc.busyUntil = this.host.now() + cost;
    if (t.log >= 0) this.host.log.ranUntil(t.log, t.proc.busyUntil);
    if (this.plog !== null && t.proc.log >= 0) this.plog.computes(t.proc.log, t.proc.busyUntil);
    if (w.deadline === null) return w;
    return { ready: w.ready, deadline: w.deadline + cost, what: w.what };
  }

  /** Processes computing now (holding a core). */
  private busyProcs(now: number, except: SimProcess): number {
    const seen = new Set<SimProcess>();
    // (A process whose thread has ended may still be computing its last slice: it holds its core.)
    for (const t of this.threads) if (t.proc !== except && t.proc.busyUntil > now) seen.add(t.proc);
    return seen.size;
  }

  /** Any thread but the main one still running? */
  othersAlive(): boolean {
    for (const t of this.threads) if (t !== this.main && !t.done) return true;
    return false;
  }

  /**
   * Every other live thread is a command's (a child process of subprocess or asyncio) waiting with
   * no deadline for something only the program can give (its stdin): waiting cannot wake anyone.
   */
  onlyStuckCommands(): boolean {
    const now = this.host.now();
    for (const t of this.threads) {
      if (t === this.main || t.done) continue;
      const w = t.wait;
      if (!t.proc.command || w === null || w.deadline !== null || t.proc.busyUntil > now || w.ready()) return false;
    }
    return true;
  }

  /** The running thread blocks where it is (its frames stay on the JS stack) until `w` is ready or its deadline passes. */
  blockInPlace(w: Wait & { what?: string }): void {
    const me = this.current;
    me.wait = this.charge(me, w);
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
      run.inOtherThread = me !== this.main;
      threadFrames.current = me.frames;
      threadFrames.base = me.stackBase;
      if (me === this.main) me.resumedAt = run.userLine;
      this.running(me);
      this.beginSlice();
    }
  }

  /** The thread to run next: ready ones in the order they blocked. */
  private pick(except: SimThread | null = null): SimThread | null {
    const now = this.host.now();
    let best: SimThread | null = null;
    for (const t of this.threads) {
      const w = t.wait;
      if (t.done || w === null || t === except) continue;
      if (best !== null && t.seq > best.seq) continue;
      // Its process computes (another thread holds the GIL), or every core is taken.
      if (t.proc.busyUntil > now) continue;
      if (this.cpuClock && this.busyProcs(now, t.proc) >= this.cores) continue;
      if ((w.deadline !== null && w.deadline <= now) || w.ready()) best = t;
    }
    return best;
  }

  /** Nothing is ready: the clock moves to the earliest deadline, or every thread waits forever. */
  private advance(): void {
    let at: number | null = null;
    const now = this.host.now();
    for (const t of this.threads) {
      // A thread that has ended may still be computing its last slice.
      const b = t.proc.busyUntil;
      if (b > now && (at === null || b < at)) at = b;
      if (t.done) continue;
      // (A deadline already passed waits for its process's GIL or a core: their ends are above.)
      const d = t.wait?.deadline ?? null;
      if (d !== null && d > now && (at === null || d < at)) at = d;
    }
    if (at === null) this.host.stop(this.deadlockMessage());
    this.host.advanceTo(at);
  }

  private resume(t: SimThread): void {
    this.current = t;
    run.inOtherThread = t !== this.main;
    t.wait = null;
    threadFrames.current = t.frames;
    threadFrames.base = t.stackBase = run.get(frameStack).length;
    this.running(t);
    this.beginSlice();
    const outer = swapContext(t.ctx!);
    let r: IteratorResult<PyValue, PyValue>;
    try {
      r = t.gen!.next(null as PyValue);
    } finally {
      t.ctx = swapContext(outer);
    }
    if (r.done) {
      this.charge(t, END_SLICE);
      t.done = true;
      if (t.log >= 0) this.host.log.ended(t.log, Math.max(this.host.now(), t.proc.busyUntil));
      if (this.plog !== null && t.proc.leader === t && t.proc.log >= 0)
        this.plog.ended(t.proc.log, Math.max(this.host.now(), t.proc.busyUntil));
      return;
    }
    t.wait = this.charge(t, r.value as unknown as Wait);
    t.seq = ++this.seq;
    this.blocked(t, t.wait);
  }

  /** A process is killed (a daemon child at the interpreter's exit): its threads end where they wait. */
  stopProcess(proc: SimProcess): void {
    for (const t of this.threads) {
      if (t.proc !== proc || t.done || t.inPlace || t === this.current) continue;
      t.done = true;
      t.wait = null;
      t.gen = null;
      if (t.log >= 0) this.host.log.ended(t.log);
      if (this.plog !== null && proc.leader === t && proc.log >= 0) this.plog.ended(proc.log, this.host.now());
    }
  }

  deadlockMessage(): string {
    const parts = this.threads
      .filter((t) => !t.done && t.wait)
      .map((t) => `${t.name} waits for ${t.wait!.what ?? 'a lock'}`);
    return 'Deadlock: ' + parts.join('; ');
  }
}
