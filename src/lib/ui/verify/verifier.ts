/**
 * Main-thread side of the verify worker: runs a program under Pyodide's CPython and resolves with
 * its trace, or why there is none. The worker is started by the first verification and kept
 * (Pyodide loaded and warm) for the next; one that takes too long is ended, as a program that
 * never yields cannot be interrupted, and the next verification starts a new one.
 */
import type { ConformanceTrace } from '../../trace/types';
import type { VerifyPhase, VerifyRequest, VerifyResponse } from './messages';

export type VerifyOutcome =
  /** `loadMs`: the real time Pyodide took to load for this run (0 when it was loaded already). */
  | { kind: 'trace'; trace: ConformanceTrace; version: string; loadMs: number; runMs: number }
  | { kind: 'failure'; stage: 'load' | 'program'; message: string }
  /** Loading or running took longer than its limit (`ms`). */
  | { kind: 'timeout'; stage: 'load' | 'run'; ms: number }
  | { kind: 'superseded' };

/** Real time allowed to fetch and start Pyodide (about 12 MB), and to run one program. */
const LOAD_TIMEOUT_MS = 180_000;
const RUN_TIMEOUT_MS = 60_000;

interface Pending {
  id: number;
  resolve: (o: VerifyOutcome) => void;
  timer: ReturnType<typeof setTimeout>;
}

export class Verifier {
  #worker: Worker | null = null;
  #pending: Pending | null = null;
  #nextId = 1;

  /** `base`: the absolute address of the `pyodide/` folder. */
  constructor(
    private readonly start: () => Worker,
    private readonly base: string,
    public runTimeoutMs = RUN_TIMEOUT_MS,
    public loadTimeoutMs = LOAD_TIMEOUT_MS,
  ) {}

  verify(source: string, stdin: string, onPhase: (p: VerifyPhase) => void): Promise<VerifyOutcome> {
    this.cancel();
    const worker = (this.#worker ??= this.start());
    const id = this.#nextId++;
    const started = performance.now();
    let ran = started;
    return new Promise<VerifyOutcome>((resolve) => {
      const limit = (stage: 'load' | 'run', ms: number) =>
        setTimeout(() => this.#end(p, { kind: 'timeout', stage, ms }, true), ms);
      const p: Pending = { id, resolve, timer: limit('load', this.loadTimeoutMs) };
      this.#pending = p;
      worker.onmessage = (ev: MessageEvent<VerifyResponse>) => {
        const d = ev.data;
        if (d.id !== id || this.#pending !== p) return;
        if (d.kind === 'progress') {
          if (d.phase === 'run') {
            ran = performance.now();
            clearTimeout(p.timer);
            p.timer = limit('run', this.runTimeoutMs);
          }
          const { kind: _k, id: _i, ...phase } = d;
          onPhase(phase);
        } else if (d.kind === 'trace') {
          const now = performance.now();
          this.#end(p, { kind: 'trace', trace: d.trace, version: d.version, loadMs: ran - started, runMs: now - ran });
        } else this.#end(p, { kind: 'failure', stage: d.stage, message: d.message }, d.stage === 'load');
      };
      worker.onerror = (ev) => {
        ev.preventDefault?.();
        this.#end(p, { kind: 'failure', stage: 'load', message: ev.message || 'the verify worker failed' }, true);
      };
      const request: VerifyRequest = { kind: 'verify', id, source, stdin, base: this.base };
      worker.postMessage(request);
    });
  }

  /** Ends the verification in progress, if any (its promise resolves as superseded). */
  cancel(): void {
    if (this.#pending) this.#end(this.#pending, { kind: 'superseded' }, true);
  }

  dispose(): void {
    this.cancel();
    this.#worker?.terminate();
    this.#worker = null;
  }

  #end(p: Pending, outcome: VerifyOutcome, kill = false): void {
    clearTimeout(p.timer);
    if (this.#pending === p) this.#pending = null;
    if (kill) {
      this.#worker?.terminate();
      this.#worker = null;
    }
    p.resolve(outcome);
  }
}
