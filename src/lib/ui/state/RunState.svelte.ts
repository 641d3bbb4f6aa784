/**
 * The latest run of the program: the worker that simulates it, its result and the view derived
 * from it, how far a run in progress has got, and whether a run is going, finished, was stopped,
 * timed out or crashed.
 */
import { SimRunner } from '../../worker/client';
import type { PythonVersion } from '../../ir/python-version';
import type { Progress, RunResult } from '../../run';
import type { RunView } from '../model';
import type { Finding } from '../../doctor/types';
import { runViewOf } from './run-view';
import type { ViewOptions } from './ViewOptions.svelte';
import { timeoutMessage } from './timeout-message';
import { stoppedMessage } from './stopped-message';
import { capsAt, type RunCaps } from './run-caps';
import { startSimWorker } from './sim-worker';
import { nextTask } from '../timeline/sliced';

type RunStatus = 'idle' | 'running' | 'done' | 'stopped' | 'timeout' | 'crash';

/**
 * Real time after which a run is given up (a `?simTimeout=ms` query overrides it). A safety net
 * only: the step and operation caps (run-caps.ts) end runaway programs long before, and Stop is there.
 */
const RUN_TIMEOUT_MS = 60_000;

export class RunState {
  result = $state.raw<RunResult | null>(null);
  view = $state.raw<RunView | null>(null);
  status = $state<RunStatus>('idle');
  /** Why the last run failed or was stopped, in the language of the moment it ended. */
  statusMsg = $state('');
  /** What the asyncio doctor saw in the shown result (worker-made, with proven fixes). */
  findings = $state.raw<Finding[]>([]);
  /** The source of the shown result (the editor may already hold newer text). */
  source = $state('');
  readonly nSteps = $derived(this.view ? this.view.trace.steps.length : 0);
  /** How far the run in progress has got (null before its first report). */
  progress = $state.raw<Progress | null>(null);
  /** The caps of the run in progress, or of the last one. */
  caps = $state.raw<RunCaps>(capsAt(0));
  /** The caps the shown result ran with. */
  resultCaps = $state.raw<RunCaps>(capsAt(0));

  #runner = new SimRunner(startSimWorker, RUN_TIMEOUT_MS);
  /** Numbers the runs, so that an answer to a run that was replaced is ignored. */
  #seq = 0;
  #options: ViewOptions;
  /** "Run further" clicks for `#furtherFor`, the program they were made on (another program starts at 0). */
  #further = 0;
  #furtherFor = '';
  /** The caps before any "Run further". */
  #base: RunCaps = capsAt(0);

  constructor(options: ViewOptions) {
    this.#options = options;
  }

  set timeoutMs(ms: number) {
    this.#runner.timeoutMs = ms;
  }

  /** Sets the step cap before any "Run further" (a `?maxSteps=n` query). */
  set baseMaxSteps(n: number) {
    this.#base = { ...this.#base, maxSteps: n };
  }

  /** The next run of `source` gets caps FURTHER times higher than its last one. */
  raiseCaps(source: string): void {
    this.#further = source === this.#furtherFor ? this.#further + 1 : 1;
    this.#furtherFor = source;
  }

  /**
   * Simulates `source`. `settled` runs in the same tick as the new state (so nothing renders in
   * between): with true when a result came, false when the run failed; never when another run replaced it.
   */
  async simulate(
    source: string,
    settled: (done: boolean) => void,
    python?: PythonVersion,
    stdin?: string,
  ): Promise<void> {
    const seq = ++this.#seq;
    const caps = capsAt(source === this.#furtherFor ? this.#further : 0, this.#base);
    this.status = 'running';
    this.statusMsg = '';
    this.progress = null;
    this.caps = caps;
    const out = await this.#runner.run(source, {
      ...caps,
      python,
      stdin,
      onProgress: (p) => {
        if (seq === this.#seq) this.progress = p;
      },
    });
    if (seq !== this.#seq || out.kind === 'superseded') return;
    if (out.kind === 'done') {
      const view = runViewOf(out.result, out.view);
      // The page draws the new run in a task of its own: joining a big result (a 10,000-task
      // gather's) and drawing every panel for it made one task of about twice the length.
      await nextTask();
      if (seq !== this.#seq) return;
      this.result = out.result;
      this.source = source;
      this.resultCaps = caps;
      this.view = view;
      this.findings = out.findings;
      this.status = 'done';
    } else if (out.kind === 'stopped') {
      // Stopped by the user: the last result stays on screen, and the message says where this run got to.
      this.status = 'stopped';
      this.statusMsg = stoppedMessage(this.#options.t, this.#options.lang, out.progress, this.result !== null);
    } else if (out.kind === 'timeout') {
      // The old timeline belongs to another program: it goes, and the message says what is known.
      this.result = null;
      this.view = null;
      this.findings = [];
      this.source = source;
      this.status = 'timeout';
      this.statusMsg = timeoutMessage(this.#options.t, out.ms, out.progress);
    } else {
      this.status = 'crash';
      this.statusMsg = this.#options.t('crash', { m: out.message });
    }
    this.progress = null;
    settled(out.kind === 'done');
  }

  /** Stops the run in progress; the last result stays. */
  stop(): void {
    this.#runner.stop();
  }

  dispose(): void {
    this.#runner.dispose();
  }
}
