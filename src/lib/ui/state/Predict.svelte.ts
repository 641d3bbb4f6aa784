/**
 * Predict mode: before each step the audience guesses which task runs next; stepping forward
 * reveals the answer, and the score counts the guesses.
 */
import { taskColour } from '../model';
import type { Cursor } from './Cursor.svelte';
import type { RunState } from './RunState.svelte';
import type { ViewOptions } from './ViewOptions.svelte';

/** A step's answer: which task the audience picked (null: revealed without a pick) and which ran. */
interface Reveal {
  step: number;
  pick: string | null;
  answer: string;
}

/** Task states that can no longer run. */
const FINISHED = ['absent', 'done', 'cancelled', 'failed'];

export class Predict {
  on = $state(false);
  reveal = $state<Reveal | null>(null);
  score = $state({ right: 0, total: 0 });
  #options: ViewOptions;
  #run: RunState;
  #cursor: Cursor;

  /** Predict mode only applies to a single program. */
  readonly active = $derived.by(() => this.on && this.#options.mode === 'single');
  /** The task that runs at the next step, or null at the end. */
  readonly nextTask = $derived.by(() => {
    const view = this.#run.view;
    const i = this.#cursor.index;
    return view && i + 1 < this.#run.nSteps ? view.trace.steps[i + 1].task : null;
  });
  /** The tasks that could run next: the ready ones and every task still alive (and always the answer). */
  readonly choices = $derived.by(() => {
    const view = this.#run.view;
    const next = this.nextTask;
    if (!this.active || !view || next === null) return [];
    const readyNames = new Set(
      (this.#cursor.detail?.ready ?? []).map((r) => /^step (.+)$/.exec(r)?.[1]).filter((x): x is string => !!x),
    );
    const names = this.#cursor.tasks
      .filter((tv) => readyNames.has(tv.name) || !FINISHED.includes(tv.state))
      .map((tv) => tv.name);
    if (!names.includes(next)) names.push(next);
    const dark = this.#options.dark;
    return names.map((name) => ({
      name,
      ready: readyNames.has(name),
      colour: taskColour(view.taskIndex.get(name) ?? 0, dark),
    }));
  });
  /** The answer to the step on screen, if it was just revealed. */
  readonly revealNow = $derived.by(() => (this.reveal && this.reveal.step === this.#cursor.index ? this.reveal : null));

  constructor(options: ViewOptions, run: RunState, cursor: Cursor) {
    this.#options = options;
    this.#run = run;
    this.#cursor = cursor;
  }

  /** Turns predict mode on or off with a fresh score; the timeline cannot show the future meanwhile. */
  set(on: boolean): void {
    this.on = on;
    this.reveal = null;
    this.score = { right: 0, total: 0 };
    if (on) {
      this.#cursor.stop();
      this.#options.showTable = false;
    }
  }

  /** Steps forward, revealing the next task first in predict mode. */
  forward = (): void => {
    if (this.active && this.nextTask !== null)
      this.reveal = { step: this.#cursor.index + 1, pick: null, answer: this.nextTask };
    this.#cursor.forward();
  };

  choose(name: string): void {
    const answer = this.nextTask;
    if (answer === null) return;
    const right = name === answer;
    this.score = { right: this.score.right + (right ? 1 : 0), total: this.score.total + 1 };
    this.reveal = { step: this.#cursor.index + 1, pick: name, answer };
    this.#cursor.forward();
  }
}
