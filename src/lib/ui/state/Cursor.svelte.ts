/**
 * Where the user is in the run: the current step, moves by step, iteration and output, and
 * playback at a chosen speed.
 */
import { taskViews } from '../model';
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
    const nx = view.iterationStarts.find((i) => i > this.index);
    this.go(nx ?? this.#run.nSteps - 1);
  };

  /** To the start of the current iteration, or of the previous one if already at a start. */
  prevIteration = (): void => {
    const view = this.#run.view;
    if (!view) return;
    const cursor = this.index;
    const it = view.ui.details[cursor]?.iteration;
    const starts = view.iterationStarts;
    let cur = -1;
    for (const s of starts) if (s <= cursor) cur = s;
    if (cur < cursor && view.ui.details[cur]?.iteration === it) {
      this.go(cur);
      return;
    }
    let prev = 0;
    for (const s of starts) if (s < cursor) prev = s;
    this.go(prev);
  };

  nextOutput = (): void => {
    const view = this.#run.view;
    if (!view) return;
    const nx = view.outputSteps.find((i) => i > this.index);
    if (nx !== undefined) this.go(nx);
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
