/**
 * Main-thread side of the simulation worker: one worker per run, the previous run is terminated
 * when a new one starts, and a run that takes too long is killed with a clear message.
 */
import type { Progress, RunResult } from '../run';
import type { SimRequest, SimResponse } from './messages';

type RunOutcome =
  | { kind: 'done'; result: RunResult; ms: number }
  /** `progress`: how far the simulation had got when it was stopped, if it said. */
  | { kind: 'timeout'; ms: number; progress: Progress | null }
  | { kind: 'crash'; message: string }
  | { kind: 'superseded' };

export class SimRunner {
  private worker: Worker | null = null;
  private nextId = 1;
  private pending: ((o: RunOutcome) => void) | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(public timeoutMs = 8000) {}

  run(source: string, timeoutMs?: number): Promise<RunOutcome> {
    this.cancel();
    const limit = timeoutMs ?? this.timeoutMs;
    const worker = new Worker(new URL('./sim.worker.ts', import.meta.url), { type: 'module' });
    this.worker = worker;
    const id = this.nextId++;
    const started = performance.now();
    let progress: Progress | null = null;
    return new Promise<RunOutcome>((resolve) => {
      this.pending = resolve;
      const finish = (o: RunOutcome) => {
        if (this.worker !== worker) return;
        this.clearTimer();
        this.pending = null;
        worker.terminate();
        this.worker = null;
        resolve(o);
      };
      worker.onmessage = (ev: MessageEvent<SimResponse>) => {
        const d = ev.data;
        if (d.id !== id) return;
        if (d.kind === 'progress') progress = d.progress;
        else if (d.kind === 'result') finish({ kind: 'done', result: d.result, ms: performance.now() - started });
        else finish({ kind: 'crash', message: d.message });
      };
      worker.onerror = (ev) => {
        ev.preventDefault?.();
        finish({ kind: 'crash', message: ev.message || 'the simulator worker failed' });
      };
      this.timer = setTimeout(() => finish({ kind: 'timeout', ms: limit, progress }), limit);
      const request: SimRequest = { kind: 'simulate', id, source };
      worker.postMessage(request);
    });
  }

  /** Stops the current run, if any; its promise resolves as superseded. */
  cancel(): void {
    this.clearTimer();
    if (this.worker) {
      this.worker.terminate();
      this.worker = null;
    }
    if (this.pending) {
      const p = this.pending;
      this.pending = null;
      p({ kind: 'superseded' });
    }
  }

  private clearTimer() {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}
