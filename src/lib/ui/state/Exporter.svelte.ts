/**
 * The export menu's choices and actions: the timeline as SVG or PNG, of the whole run, the view
 * on screen or up to the current step, drawn by the same code as the CLI's `loopline svg`.
 */
import { exportSvgInApp, modelFor, svgToPng, download, type ExportOptions } from '../export/export-svg';
import type { Cursor } from './Cursor.svelte';
import { USER_DRAFT, type Program } from './Program.svelte';
import type { RunState } from './RunState.svelte';
import type { Axis, ViewOptions } from './ViewOptions.svelte';

type ExportScope = 'whole' | 'view' | 'upto';
/** The slots of the timeline on screen: seconds, or step slots [a, b). */
export type VisibleRange = () => [number, number] | null | undefined;

export class Exporter {
  scope = $state<ExportScope>('whole');
  theme = $state<'light' | 'dark' | 'print'>('light');
  axis = $state<Axis>('time');
  /** Lanes left out, by task name. */
  hidden = $state<string[]>([]);
  /** Lanes the timeline shows opened into nested bars: the export opens them too. */
  nested = $state<string[]>([]);
  title = $state('');
  legend = $state(true);
  width = $state(960);
  /** The last action's outcome (copied, or why it failed). */
  msg = $state('');
  busy = $state(false);
  #options: ViewOptions;
  #program: Program;
  #run: RunState;
  #cursor: Cursor;
  readonly laneNames = $derived.by(() => (this.#run.view ? this.#run.view.trace.tasks.map((tk) => tk.name) : []));

  constructor(options: ViewOptions, program: Program, run: RunState, cursor: Cursor) {
    this.#options = options;
    this.#program = program;
    this.#run = run;
    this.#cursor = cursor;
  }

  /** The menu opened: start from what is on screen. */
  opened(): void {
    this.axis = this.#options.axis;
    this.theme = this.#options.theme;
    this.hidden = this.hidden.filter((n) => this.laneNames.includes(n));
  }

  showLane(name: string, on: boolean): void {
    this.hidden = on ? this.hidden.filter((x) => x !== name) : [...this.hidden, name];
  }

  #exportOptions(visible: VisibleRange): ExportOptions {
    const axis = this.#options.axis;
    const o: ExportOptions = {
      theme: this.theme,
      axis: this.scope === 'view' ? axis : this.axis,
      locale: this.#options.lang,
      legend: this.legend,
      width: this.width,
    };
    const title = this.title.trim();
    if (title) o.title = title;
    if (this.hidden.length) o.lanes = this.laneNames.filter((n) => !this.hidden.includes(n));
    if (this.nested.length) o.nested = [...this.nested];
    if (this.scope === 'upto') o.upToStep = this.#cursor.index;
    if (this.scope === 'view') {
      const r = visible();
      // Step slots [a, b) are steps a+1..b for users (1-based, inclusive), as on the CLI.
      if (r) o.range = axis === 'step' ? [r[0] + 1, r[1]] : [r[0], r[1]];
    }
    return o;
  }

  #svg(visible: VisibleRange): { svg: string; width: number; height: number } | null {
    this.msg = '';
    const result = this.#run.result;
    if (!result || !this.#run.view) return null;
    try {
      return exportSvgInApp(document, modelFor(result, this.#run.source), this.#exportOptions(visible));
    } catch (e) {
      this.#failed(e);
      return null;
    }
  }

  #failed(e: unknown): void {
    this.msg = this.#options.t('exFailed', { m: e instanceof Error ? e.message : String(e) });
  }

  #fileBase(): string {
    const id = this.#program.scenarioId;
    return `loopline-${id && !id.startsWith(USER_DRAFT) ? id : 'program'}`;
  }

  downloadSvg(visible: VisibleRange): void {
    const r = this.#svg(visible);
    if (r) download(new Blob([r.svg], { type: 'image/svg+xml' }), `${this.#fileBase()}.svg`);
  }

  async downloadPng(visible: VisibleRange, scale: number): Promise<void> {
    const r = this.#svg(visible);
    if (!r) return;
    this.busy = true;
    try {
      download(await svgToPng(r.svg, r.width, r.height, scale), `${this.#fileBase()}@${scale}x.png`);
    } catch (e) {
      this.#failed(e);
    } finally {
      this.busy = false;
    }
  }

  async copySvg(visible: VisibleRange): Promise<void> {
    const r = this.#svg(visible);
    if (!r) return;
    try {
      await navigator.clipboard.writeText(r.svg);
      this.msg = this.#options.t('exCopied');
    } catch (e) {
      this.#failed(e);
    }
  }
}
