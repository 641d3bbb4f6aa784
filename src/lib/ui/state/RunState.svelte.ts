/**
 * The latest run of the program: the worker that simulates it, its result and the view derived
 * from it, and whether a run is going, finished, timed out or crashed.
 */
import { SimRunner } from '../../worker/client';
import type { RunResult } from '../../run';
import { buildRunView, type RunView } from '../model';
import type { ViewOptions } from './ViewOptions.svelte';
import { timeoutMessage } from './timeout-message';

type RunStatus = 'idle' | 'running' | 'done' | 'timeout' | 'crash';

/** How long a run may take before the worker is killed (a `?simTimeout=ms` query overrides it). */
const RUN_TIMEOUT_MS = 8000;

export class RunState {
  result = $state.raw<RunResult | null>(null);
  view = $state.raw<RunView | null>(null);
  status = $state<RunStatus>('idle');
  /** Why the last run failed (timeout or crash), in the language of the moment it failed. */
  statusMsg = $state('');
  /** The source of the shown result (the editor may already hold newer text). */
  source = $state('');
  readonly nSteps = $derived(this.view ? this.view.trace.steps.length : 0);

  #runner = new SimRunner(RUN_TIMEOUT_MS);
  /** Numbers the runs, so that an answer to a run that was replaced is ignored. */
  #seq = 0;
  #options: ViewOptions;

  constructor(options: ViewOptions) {
    this.#options = options;
  }

  set timeoutMs(ms: number) {
    this.#runner.timeoutMs = ms;
  }

  /**
   * Simulates `source`. `settled` runs in the same tick as the new state (so nothing renders in
   * between): with true when a result came, false when the run failed; never when another run replaced it.
   */
  async simulate(source: string, settled: (done: boolean) => void): Promise<void> {
    const seq = ++this.#seq;
    this.status = 'running';
    this.statusMsg = '';
    const out = await this.#runner.run(source);
    if (seq !== this.#seq || out.kind === 'superseded') return;
    if (out.kind === 'done') {
      this.result = out.result;
      this.source = source;
      this.view = buildRunView(out.result.trace, out.result.ui);
      this.status = 'done';
    } else if (out.kind === 'timeout') {
      // The old timeline belongs to another program: it goes, and the message says what is known.
      this.result = null;
      this.view = null;
      this.source = source;
      this.status = 'timeout';
      this.statusMsg = timeoutMessage(this.#options.t, out.ms, out.progress);
    } else {
      this.status = 'crash';
      this.statusMsg = this.#options.t('crash', { m: out.message });
    }
    settled(out.kind === 'done');
  }

  /** Stops the run in progress; the last result stays. */
  stop(): void {
    this.#seq++;
    this.#runner.cancel();
    this.status = 'idle';
  }

  dispose(): void {
    this.#runner.cancel();
  }
}
