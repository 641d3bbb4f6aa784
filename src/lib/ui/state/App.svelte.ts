/**
 * The whole page's state, composed from one class per concern, and the moves that touch several
 * of them: running the program, picking a scenario, presenter mode and the keyboard.
 */
import { narrate } from '../narrate';
import { Comparison } from './Comparison.svelte';
import { isScenarioText } from '../scenarios';
import { Cursor } from './Cursor.svelte';
import { Exporter } from './Exporter.svelte';
import { Predict } from './Predict.svelte';
import { Program } from './Program.svelte';
import { RunState } from './RunState.svelte';
import { ShareLink } from './ShareLink.svelte';
import { linkedInput, linkedProgram, parseHash, refusedInputLength, refusedLinkLength } from './link-hash';
import { droppedInputLength, droppedLinkLength } from './oversized-link';
import { ViewOptions, type Mode } from './ViewOptions.svelte';
import type { PythonVersion } from '../../ir/python-version';

/** Typing pauses this long before the program runs again. */
const EDIT_DEBOUNCE_MS = 600;

export class App {
  readonly options = new ViewOptions();
  readonly program = new Program();
  readonly run = new RunState(this.options);
  readonly cursor = new Cursor(this.run);
  readonly predict = new Predict(this.options, this.run, this.cursor);
  readonly exporter = new Exporter(this.options, this.program, this.run, this.cursor);
  readonly compare = new Comparison(this.options, this.program);
  readonly link = new ShareLink(this.options, this.program, this.run, this.cursor, this.predict, this.compare);
  /** One sentence saying what the current step did. */
  readonly narration = $derived(this.run.view ? narrate(this.options.lang, this.run.view, this.cursor.index) : '');
  /** A line the editor should show and select (a new key: show it again). */
  reveal = $state.raw<{ line: number; key: number } | null>(null);
  /** A whole new text for the editor (the doctor's fixed program), once per key. */
  replacement = $state.raw<{ text: string; key: number } | null>(null);
  #asks = 0;
  #debounce: ReturnType<typeof setTimeout> | null = null;
  /** A scenario's text in another language: the same program line for line, so a run of it keeps its step. */
  #relabelled = '';

  /** Restores the linked or saved view and runs its program (in the browser, once mounted). */
  start(): void {
    const query = new URLSearchParams(location.search);
    const hash = parseHash(location.hash);
    const timeout = Number(query.get('simTimeout'));
    if (timeout > 0) this.run.timeoutMs = timeout;
    const maxSteps = Number(query.get('maxSteps'));
    if (Number.isInteger(maxSteps) && maxSteps > 0) this.run.baseMaxSteps = maxSteps;
    this.options.restore(query, hash);
    const step = Number(hash.step);
    if (Number.isInteger(step) && step >= 1) this.cursor.index = step - 1;
    this.predict.on = query.has('predict') || hash.predict === '1';
    document.addEventListener('fullscreenchange', this.options.onFullscreenChange);
    // A link pasted into this tab is looked at before the browser takes it in (where it can say).
    globalThis.navigation?.addEventListener('navigate', this.link.onNavigate);
    this.program.restore(linkedProgram(hash), this.options.lang, hash.py, linkedInput(hash));
    this.program.refusedLink = refusedLinkLength(hash) ?? droppedLinkLength();
    this.program.refusedInput = refusedInputLength(hash) ?? droppedInputLength();
    // A compare link opens compare mode with both of its programs (in presenter mode too).
    if (hash.mode === 'compare' && !this.options.embed) {
      this.compare.restore(hash);
      this.options.mode = 'compare';
    }
    this.runNow();
  }

  dispose(): void {
    if (this.#debounce) clearTimeout(this.#debounce);
    if (typeof document !== 'undefined')
      document.removeEventListener('fullscreenchange', this.options.onFullscreenChange);
    globalThis.navigation?.removeEventListener('navigate', this.link.onNavigate);
    this.link.dispose();
    this.compare.stop();
    this.cursor.stop();
    this.run.dispose();
  }

  /** The page is going away: write what debounces still hold (a big draft's save, the address). */
  onPageHide = (): void => {
    this.program.flushSave();
    this.link.onPageHide();
  };

  /** Runs the editor's program now (Run, Ctrl+Enter, a picked scenario, or typing that paused). */
  runNow = (): void => {
    if (this.#debounce) clearTimeout(this.#debounce);
    this.cursor.stop();
    const source = this.program.source;
    /** The program on screen; '' before the first run, whose step may come from the link. */
    const shown = this.run.source;
    void this.run.simulate(
      source,
      (done) => {
        this.link.restored();
        if (!done) return;
        const view = this.run.view!;
        this.options.fitAxis(view.trace.end, view.trace.steps.length);
        // A different program starts at its first step, as a fresh run does; the same one keeps its place.
        if (shown !== '' && source !== shown && source !== this.#relabelled) this.cursor.index = 0;
        this.cursor.clamp();
        this.predict.reveal = null;
      },
      this.program.python,
      this.program.input,
    );
  };

  /** The version picker: simulate the program with another CPython version. */
  setPython = (v: PythonVersion): void => {
    if (v === this.program.python) return;
    this.program.setPython(v);
    this.runNow();
  };

  /** Runs the program on screen again with caps FURTHER times higher (the cap notice's button). */
  runFurther = (): void => {
    this.run.raiseCaps(this.program.source);
    this.runNow();
  };

  /** The editor changed: keep the draft and run again once typing pauses. */
  edit = (doc: string): void => {
    this.program.edit(doc);
    if (this.#debounce) clearTimeout(this.#debounce);
    this.#debounce = setTimeout(this.runNow, EDIT_DEBOUNCE_MS);
  };

  /** The program's input changed (the Input box): keep it and run again once typing pauses. */
  editInput = (text: string): void => {
    this.program.setInput(text);
    if (this.#debounce) clearTimeout(this.#debounce);
    this.#debounce = setTimeout(this.runNow, EDIT_DEBOUNCE_MS);
  };

  /** Switches to a scenario (or the user's draft) from its first step; returns its text for the editor, or null. */
  pickScenario(id: string): string | null {
    const text = this.program.pick(id, this.options.lang);
    if (text !== null) this.cursor.index = 0;
    return text;
  }

  /**
   * The UI language changed: an untouched scenario's text follows it (its header in the new
   * language); a program the user edited stays as it is. Returns the new text for the editor, or null.
   */
  localiseScenario(): string | null {
    const sc = this.program.scenario;
    if (!sc || !isScenarioText(this.program.source, sc)) return null;
    const text = sc.text[this.options.lang];
    if (text === this.program.source) return null;
    this.#relabelled = text;
    return text;
  }

  /** Shows `line` in the editor (a finding's line). */
  revealLine = (line: number): void => {
    if (this.options.embed) return;
    this.reveal = { line, key: ++this.#asks };
  };

  /** Compare mode with the program on screen (A) and the doctor's fix of it (B). */
  compareFix = (fixed: string): void => {
    this.compare.showFix(fixed, this.options.t('doctorFixSide'));
    this.setMode('compare');
  };

  /** The doctor's fixed program replaces the editor's text (kept as the draft) and runs. */
  useFix = (fixed: string): void => {
    this.replacement = { text: fixed, key: ++this.#asks };
  };

  /** Compare mode with scenarios 21-23: asyncio, threads and processes doing the same jobs. */
  compareThreeWays = (): void => {
    this.compare.threeWays();
    this.setMode('compare');
  };

  setMode(mode: Mode): void {
    if (mode === 'compare') this.cursor.stop();
    this.options.mode = mode;
  }

  /** Presenter mode keeps the mode: a comparison is presented as a comparison. */
  setPresent(on: boolean): void {
    this.options.present = on;
    if (on) this.cursor.stop();
    else if (document.fullscreenElement) document.exitFullscreen().catch(() => {});
  }

  /** The keyboard steps through the run (outside the editor and form fields, in single mode). */
  onKey = (e: KeyboardEvent): void => {
    const el = e.target as HTMLElement | null;
    // Form controls keep their own keys: a slider's arrows move the slider (the step scrubber
    // steps through its own input event), a menu's arrows move through its options.
    if (el && (el.closest('.cm-editor') || el.closest('input, select, textarea, [contenteditable]'))) return;
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const present = this.options.present;
    // Compare mode steps with its own keys (CompareBar); F still goes full screen in presenter mode.
    if (this.options.mode !== 'single') {
      if (present && (e.key === 'f' || e.key === 'F')) {
        e.preventDefault();
        void this.options.toggleFullscreen();
      }
      return;
    }
    const { cursor, predict } = this;
    let handled = true;
    switch (e.key) {
      case 'ArrowLeft':
        if (e.shiftKey) cursor.prevIteration();
        else cursor.back();
        break;
      case 'ArrowRight':
        if (e.shiftKey) cursor.nextIteration();
        else predict.forward();
        break;
      // Presentation clickers send PageDown / PageUp.
      case 'PageDown':
      case 'ArrowDown':
        if (e.key === 'ArrowDown' && !present) {
          handled = false;
          break;
        }
        predict.forward();
        break;
      case 'PageUp':
      case 'ArrowUp':
        if (e.key === 'ArrowUp' && !present) {
          handled = false;
          break;
        }
        cursor.back();
        break;
      case 'f':
      case 'F':
        if (present) this.options.toggleFullscreen();
        else handled = false;
        break;
      case ' ':
        if (el?.closest('button, a, summary, [role=button]')) return; // let Space activate the focused control
        cursor.toggle();
        break;
      case 'Home':
        cursor.jumpStart();
        break;
      case 'End':
        cursor.jumpEnd();
        break;
      default:
        handled = false;
    }
    if (handled) e.preventDefault();
  };
}
