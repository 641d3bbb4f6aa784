/**
 * Where the user is in the run: the current step, moves by step, iteration and output, and
 * playback at a chosen speed.
 */
import { taskViews } from '../model';
import { countAtOrBelow, countBelow } from '../common/bisect';
import type { RunState } from './RunState.svelte';

export class Cursor {
  /** Index of the current step in the run's trace. */
  index = $state(0);
  playing = $state(false);
  #speed = $state(4); // steps per second
  #timer: ReturnType<typeof setInterval> | null = null;
  #run: RunState;

  /** Every task's state after the current step. */
  readonly tasks = $derived.by(() => (this.#run.view ? taskViews(this.#run.view, this.index) : []));
  readonly detail = $derived.by(() => this.#run.view?.ui.details[this.index]);
  readonly step = $derived.by(() => this.#run.view?.trace.steps[this.index]);

  constructor(run: RunState) {
    this.#run = run;
  }

  get speed(): number {
    return this.#speed;
  }

  /** A new speed takes effect at once while playing. */
  set speed(v: number) {
    this.#speed = v;
    if (this.playing) this.play();
  }

  go(i: number): void {
    const n = this.#run.nSteps;
    if (!n) return;
    this.index = Math.max(0, Math.min(n - 1, i));
  }

  /** Keeps the cursor inside a new run's steps. */
  clamp(): void {
    this.index = Math.max(0, Math.min(this.index, this.#run.nSteps - 1));
  }

  back = (): void => this.go(this.index - 1);
  forward = (): void => this.go(this.index + 1);
  jumpStart = (): void => this.go(0);
  jumpEnd = (): void => this.go(this.#run.nSteps - 1);

  nextIteration = (): void => {
    const view = this.#run.view;
    if (!view) return;
    const starts = view.iterationStarts;
    const j = countAtOrBelow(starts, this.index);
    this.go(j < starts.length ? starts[j] : this.#run.nSteps - 1);
  };

  /** To the start of the current iteration, or of the previous one if already at a start. */
  prevIteration = (): void => {
    const view = this.#run.view;
    if (!view) return;
    const cursor = this.index;
    const it = view.ui.details[cursor]?.iteration;
    const starts = view.iterationStarts;
    const atOrBefore = countAtOrBelow(starts, cursor);
    const cur = atOrBefore ? starts[atOrBefore - 1] : -1;
    if (cur < cursor && view.ui.details[cur]?.iteration === it) {
      this.go(cur);
      return;
    }
    const before = countBelow(starts, cursor);
    this.go(before ? starts[before - 1] : 0);
  };

  nextOutput = (): void => {
    const view = this.#run.view;
    if (!view) return;
    const j = countAtOrBelow(view.outputSteps, this.index);
    if (j < view.outputSteps.length) this.go(view.outputSteps[j]);
  };

  stop = (): void => {
    this.playing = false;
    if (this.#timer) clearInterval(this.#timer);
    this.#timer = null;
  };

  /** Plays from here, or from the start when at the end. */
  play = (): void => {
    if (!this.#run.nSteps) return;
    if (this.index >= this.#run.nSteps - 1) this.index = 0;
    this.playing = true;
    if (this.#timer) clearInterval(this.#timer);
    this.#timer = setInterval(() => {
      if (this.index >= this.#run.nSteps - 1) this.stop();
      else this.index++;
    }, 1000 / this.#speed);
  };

  toggle = (): void => (this.playing ? this.stop() : this.play());
}
