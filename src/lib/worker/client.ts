/**
 * Main-thread side of the simulation worker. One worker serves run after run: it stays alive
 * after a result, so the next run finds the Python library compiled and the JIT warm. A run that
 * is stopped, replaced, or past the safety time limit has its worker terminated (the only way to
 * interrupt a simulation), and a fresh worker is started at once to be warm for the next run.
 */
import type { Progress, RunResult } from '../run';
import type { PythonVersion } from '../ir/python-version';
import { ResultJoiner } from './chunks';
import type { SimRequest, SimResponse } from './messages';
import type { Finding } from '../doctor';

export type RunOutcome =
  /**
   * `view`: what the worker derived from the result (see serve.ts), when it derives anything;
   * `findings`: the asyncio doctor's findings in the run, sorted by line.
   */
  | { kind: 'done'; result: RunResult; ms: number; view: Record<string, unknown> | null; findings: Finding[] }
  /** `progress`: how far the simulation had got when it was stopped, if it said. */
  | { kind: 'timeout'; ms: number; progress: Progress | null }
  /** The user stopped it (SimRunner.stop), at `progress` as far as the worker had said. */
  | { kind: 'stopped'; progress: Progress | null }
  | { kind: 'crash'; message: string }
  | { kind: 'superseded' };

/** How one run is made: its caps, its safety time limit, and who hears its progress. */
export interface RunCall {
  maxSteps?: number;
  maxOperations?: number;
  /** Overrides the runner's safety time limit for this run. */
  timeoutMs?: number;
  /** Told how far the run has got, a few times a second while it runs. */
  onProgress?: (p: Progress) => void;
  /** The CPython version to simulate. */
  python?: PythonVersion;
  /** The program's standard input (RunOptions.stdin). */
  stdin?: string;
}

/** The run in flight: its worker, how to settle its promise, and the last progress heard. */
interface Pending {
  worker: Worker;
  resolve: (o: RunOutcome) => void;
  progress: Progress | null;
  timer: ReturnType<typeof setTimeout>;
  /** The slices of the result that have come so far. */
  parts: ResultJoiner;
}

export class SimRunner {
  /** The worker: idle and warm between runs, busy while `pending` is set. */
  private worker: Worker | null = null;
  private pending: Pending | null = null;
  private nextId = 1;

  /**
   * `start` makes a worker that serves runs (worker/serve.ts); `timeoutMs` is the real time after
   * which a run is given up, as a safety net (the caps end runs long before).
   */
  constructor(
    private readonly start: () => Worker,
    public timeoutMs = 60_000,
  ) {}

  run(source: string, call: RunCall = {}): Promise<RunOutcome> {
    this.cancel();
    const worker = this.worker ?? this.spawn();
    const limit = call.timeoutMs ?? this.timeoutMs;
    const id = this.nextId++;
    const started = performance.now();
    return new Promise<RunOutcome>((resolve) => {
      const p: Pending = {
        worker,
        resolve,
        progress: null,
        parts: new ResultJoiner(),
        timer: setTimeout(() => this.end(p, { kind: 'timeout', ms: limit, progress: p.progress }, true), limit),
      };
      this.pending = p;
      worker.onmessage = (ev: MessageEvent<SimResponse>) => {
        const d = ev.data;
        if (d.id !== id || this.pending !== p) return;
        if (d.kind === 'progress') {
          p.progress = d.progress;
          call.onProgress?.(d.progress);
        } else if (d.kind === 'chunk') p.parts.add(d.chunk);
        else if (d.kind === 'result') {
          let result: RunResult;
          try {
            result = d.lists ? p.parts.join({ result: d.result, lists: d.lists }) : d.result;
          } catch (e) {
            this.end(p, { kind: 'crash', message: String(e) }, true);
            return;
          }
          const done = { result, ms: performance.now() - started, view: d.view ?? null, findings: d.findings ?? [] };
          this.end(p, { kind: 'done', ...done }, false);
        } else this.end(p, { kind: 'crash', message: d.message }, true);
      };
      worker.onerror = (ev) => {
        ev.preventDefault?.();
        this.end(p, { kind: 'crash', message: ev.message || 'the simulator worker failed' }, true);
      };
      const request: SimRequest = {
        kind: 'simulate',
        id,
        source,
        maxSteps: call.maxSteps,
        maxOperations: call.maxOperations,
        python: call.python,
        stdin: call.stdin,
      };
      worker.postMessage(request);
    });
  }

  /** Stops the run in progress: its promise resolves as stopped, with the last progress heard. */
  stop(): void {
    const p = this.pending;
    if (p) this.end(p, { kind: 'stopped', progress: p.progress }, true);
  }

  /** Stops the current run, if any; its promise resolves as superseded. */
  cancel(): void {
    const p = this.pending;
    if (p) this.end(p, { kind: 'superseded' }, true);
  }

  /** Ends the run in progress (as superseded) and the worker, starting none; the next run starts one. */
  dispose(): void {
    const p = this.pending;
    if (p) this.end(p, { kind: 'superseded' }, true, false);
    this.worker?.terminate();
    this.worker = null;
  }

  /**
   * Settles run `p`; `kill` terminates its worker (still busy, or in an unknown state) and, with
   * `respawn`, starts a fresh one to be warm for the next run.
   */
  private end(p: Pending, outcome: RunOutcome, kill: boolean, respawn = kill): void {
    if (this.pending !== p) return;
    this.pending = null;
    clearTimeout(p.timer);
    p.worker.onmessage = null;
    p.worker.onerror = null;
    if (kill) {
      p.worker.terminate();
      if (this.worker === p.worker) this.worker = null;
      if (respawn) this.spawn();
    }
    p.resolve(outcome);
  }

  private spawn(): Worker {
    this.worker = this.start();
    return this.worker;
  }
}
