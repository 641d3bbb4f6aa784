/**
 * Compare mode: two programs, or three (a program C added), each a scenario, the editor's
 * program, "My draft", an earlier draft or pasted text, run side by side and stepped on one
 * virtual clock (see compare/moments.ts); or, in its versions mode, side A's program on two
 * Python versions. Its share link carries the programs (and the versions) and the moment.
 */
import { SimRunner } from '../../worker/client';
import type { RunResult } from '../../run';
import type { RunView } from '../model';
import { runViewOf } from './run-view';
import { SCENARIOS, scenarioById } from '../scenarios';
import { mergeMoments, momentOf, type Moment } from '../compare/moments';
import { USER_DRAFT, type Program } from './Program.svelte';
import { USER_KEY } from './storage';
import { capsAt } from './run-caps';
import { compareHashParts, readCompareHash } from './compare-link';
import { startSimWorker } from './sim-worker';
import type { ViewOptions } from './ViewOptions.svelte';
import { DEFAULT_PYTHON, type PythonVersion } from '../../ir/python-version';

/** Two or three programs on the app's Python version, or side A's program on two versions. */
export type CompareMode = 'programs' | 'versions';

/** A side's choice besides scenario ids, USER_DRAFT and `USER_DRAFT@id` (an earlier draft). */
export const EDITOR = '__editor';
export const PASTED = '__text';

/** A safety net only: the app's caps (run-caps.ts) end runaway programs, whatever the machine's load. */
const RUN_TIMEOUT_MS = 60_000;
/** Pasted text runs once typing pauses this long. */
const PASTE_DEBOUNCE_MS = 600;
/** The one-click three-way compare: the same jobs on asyncio, threads and processes. */
export const THREE_WAYS = ['21_cpu_asyncio', '22_cpu_threads', '23_cpu_processes'] as const;

export class CompareSide {
  choice = $state('');
  /** The side's name when it is not the choice's (the doctor's fix); a new pick clears it. */
  title = $state('');
  /** The pasted program (choice PASTED). */
  text = $state('');
  result = $state.raw<RunResult | null>(null);
  view = $state.raw<RunView | null>(null);
  /** The program the result is of. */
  source = $state('');
  error = $state('');
  busy = $state(false);
  /** The Python version the result is of. */
  python = $state<PythonVersion>(DEFAULT_PYTHON);
  /** The standard input the result is of. */
  input = '';
  readonly runner = new SimRunner(startSimWorker, RUN_TIMEOUT_MS);
  seq = 0;
  timer: ReturnType<typeof setTimeout> | null = null;

  constructor(choice: string) {
    this.choice = choice;
  }
}

export class Comparison {
  readonly a = new CompareSide('14_requests_blocking');
  readonly b = new CompareSide('15_aiohttp_concurrent');
  /** Program C, compared only while `third` is on (programs mode). */
  readonly c = new CompareSide(THREE_WAYS[2]);
  third = $state(false);
  mode = $state<CompareMode>('programs');
  /** The versions of sides A and B in versions mode. */
  versions = $state<[PythonVersion, PythonVersion]>(['3.13', DEFAULT_PYTHON]);
  /** Index of the current moment. */
  pos = $state(0);
  // Each step's time from the packed timeline's column when the worker built it (the trace's steps
  // are decoded one by one when read: a 100,000-step run's took hundreds of ms).
  readonly moments: Moment[] = $derived(
    mergeMoments(...this.sides.map((s) => s.view?.timeline?.steps.num.t ?? s.view?.trace.steps.map((x) => x.t) ?? [])),
  );
  readonly moment: Moment | null = $derived(this.moments[Math.min(this.pos, this.moments.length - 1)] ?? null);
  /** A moment asked for by a link, applied once both programs have run. */
  #wanted: number | null = null;
  #options: ViewOptions;
  #program: Program;

  constructor(options: ViewOptions, program: Program) {
    this.#options = options;
    this.#program = program;
  }

  /** The sides compared: A and B, and C when a third program is on. */
  get sides(): CompareSide[] {
    return this.mode === 'programs' && this.third ? [this.a, this.b, this.c] : [this.a, this.b];
  }

  /** Add program C (by default the one it had). */
  addThird(choice = this.c.choice): void {
    this.third = true;
    this.c.choice = choice;
    this.c.title = '';
    if (this.mode !== 'programs') this.setMode('programs');
    else this.run(this.c);
  }

  /** Back to two programs: C's run stops and its moments leave the clock. */
  removeThird(): void {
    const t = this.moment?.t ?? 0;
    this.third = false;
    this.#halt(this.c);
    // The clock stays where it was: A's and B's latest moment at that time.
    let i = 0;
    this.moments.forEach((m, k) => {
      if (m.t <= t) i = k;
    });
    this.go(i);
  }

  /** Scenarios 21, 22 and 23 as A, B and C: asyncio, threads and processes doing the same jobs. */
  threeWays(): void {
    this.#wanted = null;
    this.mode = 'programs';
    THREE_WAYS.forEach((id, i) => {
      const s = [this.a, this.b, this.c][i];
      s.choice = id;
      s.title = '';
    });
    this.third = true;
    for (const s of this.sides) this.run(s);
  }

  /** The program a side's choice stands for (in versions mode, B runs A's program). */
  sourceOf(side: CompareSide): string {
    if (this.mode === 'versions' && side === this.b) return this.sourceOf(this.a);
    const c = side.choice;
    if (c === PASTED) return side.text;
    if (c === EDITOR) return this.#program.source;
    if (c === USER_DRAFT) return localStorage.getItem(USER_KEY) ?? '';
    if (c.startsWith(`${USER_DRAFT}@`))
      return this.#program.drafts.find((d) => `${USER_DRAFT}@${d.id}` === c)?.text ?? '';
    return scenarioById(c)?.source ?? '';
  }

  /** The Python version a side runs on. */
  pythonOf(side: CompareSide): PythonVersion {
    return this.mode === 'versions' ? this.versions[side === this.a ? 0 : 1] : this.#program.python;
  }

  /**
   * Compare mode opened: run each side whose program, version or input is not the one on screen. Every
   * side reads the Input box's text as its stdin, as if the same lines were piped into each program
   * (the doctor's rewrite of the editor's program needs the lines the program needs).
   */
  open(): void {
    for (const s of this.sides)
      if (
        !s.busy &&
        (s.source !== this.sourceOf(s) ||
          s.python !== this.pythonOf(s) ||
          s.input !== this.#program.input ||
          (!s.view && !s.error))
      )
        this.run(s);
  }

  /** Switch between two programs and two versions; the versions start with the editor's program. */
  setMode(mode: CompareMode): void {
    if (mode === this.mode) return;
    this.mode = mode;
    if (mode === 'versions') this.a.choice = EDITOR;
    for (const s of this.sides) this.run(s);
  }

  setVersion(i: 0 | 1, v: PythonVersion): void {
    const vs: [PythonVersion, PythonVersion] = [...this.versions];
    vs[i] = v;
    this.versions = vs;
    this.run(this.sides[i]);
  }

  pick(side: CompareSide, choice: string): void {
    side.choice = choice;
    side.title = '';
    if (choice === PASTED && !side.text) side.text = side.source;
    this.run(side);
    if (this.mode === 'versions' && side === this.a) this.run(this.b);
  }

  /** The editor's program against a rewrite of it (the doctor's fix, named `title`), from the first moment. */
  showFix(fixed: string, title: string): void {
    this.mode = 'programs';
    this.third = false;
    this.a.choice = EDITOR;
    this.a.title = '';
    this.b.choice = PASTED;
    this.b.text = fixed;
    this.b.title = title;
    this.#wanted = null;
  }

  /** Pasted or typed text: run once typing pauses. */
  type(side: CompareSide, text: string): void {
    side.text = text;
    side.title = '';
    if (side.timer) clearTimeout(side.timer);
    side.timer = setTimeout(() => {
      this.run(side);
      if (this.mode === 'versions' && side === this.a) this.run(this.b);
    }, PASTE_DEBOUNCE_MS);
  }

  async run(side: CompareSide): Promise<void> {
    if (side.timer) clearTimeout(side.timer);
    const source = this.sourceOf(side);
    const python = this.pythonOf(side);
    const input = this.#program.input;
    const seq = ++side.seq;
    side.busy = true;
    side.error = '';
    const out = await side.runner.run(source, { ...capsAt(0), python, stdin: input });
    if (seq !== side.seq || out.kind === 'superseded') return;
    side.busy = false;
    side.source = source;
    side.python = python;
    side.input = input;
    if (out.kind === 'done') {
      const res = out.result;
      const ok = !res.diagnostics.length;
      side.result = ok ? res : null;
      side.view = ok ? runViewOf(res, out.view) : null;
      side.error = ok ? (res.trace.error ?? '') : `${res.diagnostics[0].kind}: ${res.diagnostics[0].message}`;
    } else {
      side.result = null;
      side.view = null;
      side.error =
        out.kind === 'timeout'
          ? this.#options.t('timeout', { s: +(out.ms / 1000).toFixed(1) })
          : out.kind === 'crash'
            ? this.#options.t('crash', { m: out.message })
            : '';
    }
    // A new program starts both at the first moment; a link's moment waits for both runs.
    if (this.#wanted !== null && this.sides.every((s) => !s.busy)) {
      this.pos = Math.max(0, Math.min(this.#wanted, this.moments.length - 1));
      this.#wanted = null;
    } else if (this.#wanted === null) this.pos = 0;
  }

  go(i: number): void {
    this.pos = Math.max(0, Math.min(i, this.moments.length - 1));
  }
  back = (): void => this.go(this.pos - 1);
  forward = (): void => this.go(this.pos + 1);
  jumpStart = (): void => this.go(0);
  jumpEnd = (): void => this.go(this.moments.length - 1);
  /** A click on side i's timeline picked its step k. */
  jumpTo(i: number, k: number): void {
    this.go(momentOf(this.moments, i, k));
  }

  stop(): void {
    for (const s of [this.a, this.b, this.c]) this.#halt(s);
  }

  /** A side's run (or pending typing) ends and its worker goes (a compare run starts one again). */
  #halt(s: CompareSide): void {
    if (s.timer) clearTimeout(s.timer);
    if (s.busy) {
      s.seq++;
      s.busy = false;
    }
    s.runner.dispose();
  }

  /** The share link's parameters: the programs (as text) and the moment. */
  hashParts(): string[] {
    return compareHashParts({
      programs: this.sides.map((s) => (s.choice === PASTED ? s.text : this.sourceOf(s))),
      versions: this.mode === 'versions' ? this.versions : undefined,
      at: this.#wanted !== null ? this.#wanted : this.moments.length ? this.pos : undefined,
    });
  }

  /** Opened from a compare link: a program that is a scenario opens as that scenario, any other as pasted text. */
  restore(hash: Record<string, string>): void {
    const link = readCompareHash(hash);
    link.programs.forEach((text, i) => {
      if (text === null) return;
      const s = [this.a, this.b, this.c][i];
      const sc = SCENARIOS.find((x) => x.source === text);
      s.choice = sc ? sc.id : PASTED;
      s.text = sc ? '' : text;
      if (i === 2) this.third = true;
    });
    if (link.versions) {
      this.mode = 'versions';
      this.versions = link.versions;
    }
    if (link.at !== null) this.#wanted = link.at;
  }
}
