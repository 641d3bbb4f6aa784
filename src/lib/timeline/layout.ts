/**
 * Timeline layout: positions every mark of the swimlane chart as plain data (no DOM), so the
 * same layout renders in the browser and headless. Coordinates are rounded to 0.01.
 */
import { scaleLinear } from 'd3-scale';
import { tickStep } from 'd3-array';
import type { EndKind, Lane, Segment, SegmentKind, TimelineModel } from './model';
import { STRINGS, formatSeconds, formatTick, type ArrowKind, type Locale, type Strings } from './i18n';

export type Theme = 'light' | 'dark' | 'print';
export type Axis = 'time' | 'step';

export interface LayoutOptions {
  width: number;
  axis: Axis;
  /** Names of the lanes to show (model order is kept). */
  lanes?: string[];
  /** Visible range in axis units: seconds for 'time', step indexes for 'step'. */
  rangeStart?: number;
  rangeEnd?: number;
  /** Only show what happened up to and including this step. */
  upToStep?: number;
  laneHeight?: number;
  theme: Theme;
  title?: string;
  legend?: boolean;
  locale: Locale;
  /** Draw spawn / wake / fan-in arrows (default true). */
  arrows?: boolean;
}

export interface PatternDef {
  id: string;
  kind: 'hatch' | 'cross' | 'dense' | 'dots';
  fg: string;
  bg: string;
  size: number;
}

export interface MarkerDef {
  id: string;
  color: string;
}

export interface RectMark {
  x: number;
  y: number;
  w: number;
  h: number;
  rx: number;
  fill: string;
  stroke: string;
  strokeWidth: number;
  dash: string | null;
  pattern: string | null;
  state: SegmentKind;
  lane: string;
  step: number | null;
  tooltip: string;
  /** Short in-bar label (only when it fits). */
  label: string | null;
  labelX: number;
  labelY: number;
}

export interface EndMarkLayout {
  kind: EndKind;
  x: number;
  y: number;
  /** SVG path of the symbol, already positioned. */
  d: string;
  fill: string;
  stroke: string;
  strokeWidth: number;
  tooltip: string;
}

export interface LaneLayout {
  name: string;
  index: number;
  label: string;
  labelX: number;
  /** Top of the row. */
  y: number;
  height: number;
  /** Vertical centre of the bars. */
  cy: number;
  stripe: boolean;
  ariaLabel: string;
  end: EndKind;
  rects: RectMark[];
  marks: EndMarkLayout[];
}

export interface ArrowLayout {
  kind: ArrowKind;
  from: string;
  to: string;
  d: string;
  stroke: string;
  strokeWidth: number;
  dash: string | null;
  marker: string;
  tooltip: string;
}

export interface BandLayout {
  kind: 'frozen' | 'idle';
  x: number;
  y: number;
  w: number;
  h: number;
  fill: string;
  pattern: string | null;
  opacity: number;
  label: string | null;
  labelX: number;
  labelY: number;
  tooltip: string;
}

export interface TickLayout {
  x: number;
  label: string;
  value: number;
}

export interface LegendItem {
  kind: 'state' | 'end' | 'arrow';
  key: string;
  label: string;
  x: number;
  y: number;
  /** Swatch, for states. */
  swatch?: { fill: string; stroke: string; strokeWidth: number; dash: string | null; pattern: string | null; h: number };
  /** Symbol path (positioned), for end marks. */
  d?: string;
  fill?: string;
  stroke?: string;
  strokeWidth?: number;
  dash?: string | null;
  marker?: string;
}

export interface Palette {
  background: string;
  text: string;
  muted: string;
  grid: string;
  axis: string;
  stripe: string;
  cursor: string;
  state: Record<SegmentKind, { fill: string; stroke: string; fg: string }>;
  end: Record<EndKind, string>;
  arrow: Record<ArrowKind, string>;
}

export interface TimelineLayout {
  /** Short content hash: prefix of every id so several charts can share a page. */
  id: string;
  width: number;
  height: number;
  theme: Theme;
  locale: Locale;
  axis: Axis;
  fontFamily: string;
  palette: Palette;
  title: string | null;
  titleY: number;
  subtitle: string;
  subtitleY: number;
  ariaLabel: string;
  description: string;
  plot: { x: number; y: number; width: number; height: number };
  x: { domain: [number, number]; range: [number, number] };
  y: { domain: string[]; range: [number, number]; laneHeight: number; barHeight: number };
  /** Font size of lane labels. */
  labelFontSize: number;
  ticks: TickLayout[];
  axisLabel: string;
  axisY: number;
  lanes: LaneLayout[];
  arrows: ArrowLayout[];
  bands: BandLayout[];
  patterns: PatternDef[];
  markers: MarkerDef[];
  legend: LegendItem[];
  /** Cursor x for every step (NaN when outside the visible range). */
  cursorX: number[];
  /** Cursor label for every step. */
  cursorLabel: string[];
  style: string;
}

export const FONT_FAMILY =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans KR", "Apple SD Gothic Neo", "Malgun Gothic", "Helvetica Neue", Arial, sans-serif';

// Okabe–Ito: #E69F00 orange, #56B4E9 sky blue, #009E73 bluish green, #F0E442 yellow,
// #0072B2 blue, #D55E00 vermillion, #CC79A7 reddish purple.
const PALETTES: Record<Theme, Palette> = {
  light: {
    background: '#ffffff',
    text: '#1f2328',
    muted: '#59636e',
    grid: '#e3e7ec',
    axis: '#8c959f',
    stripe: '#f6f8fa',
    cursor: '#d55e00',
    state: {
      running: { fill: '#0072b2', stroke: '#005a8c', fg: '#0072b2' },
      ready: { fill: '#fdf3dc', stroke: '#c98800', fg: '#e69f00' },
      sleeping: { fill: '#d6ecf9', stroke: '#56b4e9', fg: '#56b4e9' },
      waiting: { fill: '#e3f4ee', stroke: '#009e73', fg: '#009e73' },
      'blocked-sync': { fill: '#f8e6ef', stroke: '#b35c8c', fg: '#cc79a7' },
      frozen: { fill: '#fbe3d4', stroke: '#d55e00', fg: '#d55e00' },
    },
    end: { done: '#1f2328', cancelled: '#59636e', failed: '#d55e00', pending: '#59636e' },
    arrow: { spawn: '#8c959f', wake: '#b35c8c', 'fan-in': '#009e73' },
  },
  dark: {
    background: '#0f1419',
    text: '#e6edf3',
    muted: '#9aa5b1',
    grid: '#262d36',
    axis: '#6e7781',
    stripe: '#151b22',
    cursor: '#f0a35e',
    state: {
      running: { fill: '#56b4e9', stroke: '#8fd0f5', fg: '#56b4e9' },
      ready: { fill: '#3a2e12', stroke: '#e6a100', fg: '#e69f00' },
      sleeping: { fill: '#1c3447', stroke: '#4a90bd', fg: '#4a90bd' },
      waiting: { fill: '#10302a', stroke: '#1fbf8f', fg: '#1fbf8f' },
      'blocked-sync': { fill: '#3a2233', stroke: '#e08fbd', fg: '#e08fbd' },
      frozen: { fill: '#3f2210', stroke: '#ff7a2f', fg: '#ff7a2f' },
    },
    end: { done: '#e6edf3', cancelled: '#9aa5b1', failed: '#ff7a2f', pending: '#9aa5b1' },
    arrow: { spawn: '#6e7781', wake: '#e08fbd', 'fan-in': '#1fbf8f' },
  },
  print: {
    background: '#ffffff',
    text: '#000000',
    muted: '#444444',
    grid: '#dddddd',
    axis: '#666666',
    stripe: '#f4f4f4',
    cursor: '#000000',
    state: {
      running: { fill: '#222222', stroke: '#000000', fg: '#222222' },
      ready: { fill: '#ffffff', stroke: '#000000', fg: '#000000' },
      sleeping: { fill: '#d0d0d0', stroke: '#555555', fg: '#555555' },
      waiting: { fill: '#ffffff', stroke: '#333333', fg: '#333333' },
      'blocked-sync': { fill: '#ffffff', stroke: '#333333', fg: '#333333' },
      frozen: { fill: '#bbbbbb', stroke: '#000000', fg: '#000000' },
    },
    end: { done: '#000000', cancelled: '#444444', failed: '#000000', pending: '#444444' },
    arrow: { spawn: '#777777', wake: '#000000', 'fan-in': '#333333' },
  },
};

const STATE_ORDER: SegmentKind[] = ['running', 'ready', 'sleeping', 'waiting', 'blocked-sync', 'frozen'];
const END_ORDER: EndKind[] = ['done', 'cancelled', 'failed', 'pending'];
const ARROW_ORDER: ArrowKind[] = ['spawn', 'wake', 'fan-in'];

const r2 = (v: number): number => Math.round(v * 100) / 100 || 0;

/** Rough text width for layout (no DOM): Hangul/CJK are wider than Latin. */
export function textWidth(text: string, size: number): number {
  let w = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c >= 0x1100 && (c <= 0x115f || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xff00 && c <= 0xff60))) w += 1.0;
    else if (ch === ' ') w += 0.28;
    else if (ch === '·' || ch === '.' || ch === ',' || ch === ':' || ch === 'i' || ch === 'l' || ch === '|') w += 0.3;
    else if (/[A-Z]/.test(ch)) w += 0.66;
    else if (/[0-9]/.test(ch)) w += 0.57;
    else if (ch === 'm' || ch === 'w' || ch === 'M' || ch === 'W') w += 0.85;
    else w += 0.54;
  }
  return w * size;
}

function hash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

function lineNo(loc: string | null | undefined): number | null {
  if (!loc || loc === 'done') return null;
  const i = loc.lastIndexOf(':');
  const n = Number(loc.slice(i + 1));
  return i >= 0 && Number.isFinite(n) ? n : null;
}

/** Shorten text with an ellipsis until its estimated width fits. */
function fitText(text: string, width: number, size: number): string {
  if (textWidth(text, size) <= width) return text;
  const chars = Array.from(text);
  while (chars.length > 1 && textWidth(chars.join('') + '…', size) > width) chars.pop();
  return chars.join('') + '…';
}

function clip(s: string, n: number): string {
  return s.length > n ? s.slice(0, n - 1) + '…' : s;
}

/** Symbol path for an end mark centred at (x, y) with radius r. */
function endSymbol(kind: EndKind, x: number, y: number, r: number): string {
  const a = r2(x);
  const b = r2(y);
  const k = r2(r);
  switch (kind) {
    case 'done':
      // Filled circle.
      return `M${r2(a - k)},${b}a${k},${k} 0 1,0 ${r2(2 * k)},0a${k},${k} 0 1,0 ${r2(-2 * k)},0Z`;
    case 'cancelled': {
      // Cross (stroked).
      const d = r2(k * 0.85);
      return `M${r2(a - d)},${r2(b - d)}L${r2(a + d)},${r2(b + d)}M${r2(a - d)},${r2(b + d)}L${r2(a + d)},${r2(b - d)}`;
    }
    case 'failed':
      // Triangle pointing up.
      return `M${a},${r2(b - k * 1.15)}L${r2(a + k * 1.1)},${r2(b + k * 0.85)}L${r2(a - k * 1.1)},${r2(b + k * 0.85)}Z`;
    case 'pending':
      // Chevron: "continues".
      return `M${r2(a - k * 0.6)},${r2(b - k)}L${r2(a + k * 0.5)},${b}L${r2(a - k * 0.6)},${r2(b + k)}`;
  }
}

export function layoutTimeline(model: TimelineModel, opts: LayoutOptions): TimelineLayout {
  const S: Strings = STRINGS[opts.locale] ?? STRINGS.en;
  const palette = PALETTES[opts.theme] ?? PALETTES.light;
  const axis = opts.axis;
  const width = Math.max(240, opts.width);
  const laneH = Math.max(14, opts.laneHeight ?? 30);
  const barH = Math.max(8, Math.round(laneH * 0.6));
  const idleH = Math.max(6, Math.round(barH * 0.62));
  const showArrows = opts.arrows !== false;
  const legendOn = opts.legend !== false;
  const N = model.stepCount;
  const steps = model.steps;
  const upTo = opts.upToStep !== undefined ? Math.max(-1, Math.min(N - 1, Math.floor(opts.upToStep))) : null;
  // Reveal limit: step boundary, slot and time.
  const limB = upTo === null ? Infinity : upTo + 1;
  const limT = upTo === null ? Infinity : upTo >= 0 ? steps[upTo].tEnd : 0;
  const limSlot = upTo === null ? Infinity : upTo >= 0 ? steps[upTo].slot + 1 : 0;

  const wanted = opts.lanes ? new Set(opts.lanes) : null;
  const lanes: Lane[] = wanted ? model.lanes.filter((l) => wanted.has(l.name)) : model.lanes;
  const visible = new Map<number, number>();
  lanes.forEach((l, i) => visible.set(l.index, i));

  // ---- content id (deterministic) ----
  const id =
    'll' +
    hash(
      [
        opts.title ?? '', axis, opts.theme, opts.locale, width, laneH, model.stepCount, model.end,
        lanes.map((l) => `${l.name}/${l.coro}/${l.end}/${l.segments.length}`).join(','),
        opts.rangeStart ?? '', opts.rangeEnd ?? '', upTo ?? '',
      ].join('|'),
    );

  // ---- labels and horizontal geometry ----
  const fontSize = Math.max(8, Math.min(12, Math.round(laneH * 0.62 * 2) / 2));
  const segFont = Math.min(10.5, fontSize - 0.5);
  const labelOf = (l: Lane): string => `${l.name} · ${l.coro}`;
  const indentOf = (l: Lane): number => Math.min(l.depth, 4) * 10;
  let labelW = 60;
  for (const l of lanes) labelW = Math.max(labelW, textWidth(labelOf(l), fontSize) + indentOf(l));
  labelW = Math.min(labelW, width * 0.4);
  const marginL = Math.round(labelW + 28);
  const marginR = 28;
  const plotX = marginL;
  const plotW = Math.max(40, width - marginL - marginR);

  // ---- vertical geometry ----
  const titleText = opts.title ?? null;
  let top = 14;
  const titleY = titleText ? top + 16 : 0;
  if (titleText) top += 26;
  const subtitleY = top + 12;
  top += 26;
  // Room for band labels and the cursor pill above the first lane.
  const plotY = top + 22;
  const plotH = lanes.length * laneH;
  const axisY = plotY + plotH;

  // ---- x scale ----
  const fullStart = 0;
  const fullEnd = axis === 'time' ? Math.max(model.end, 0) : Math.max(model.slotCount, 1);
  let d0: number;
  let d1: number;
  if (axis === 'time') {
    d0 = opts.rangeStart ?? fullStart;
    d1 = opts.rangeEnd ?? fullEnd;
  } else {
    const slotOfStep = (k: number): number => (k <= 0 ? 0 : k >= N ? model.slotCount : steps[k].slot);
    d0 = opts.rangeStart !== undefined ? slotOfStep(Math.floor(opts.rangeStart)) : 0;
    d1 = opts.rangeEnd !== undefined ? slotOfStep(Math.ceil(opts.rangeEnd)) : fullEnd;
  }
  if (!(d1 > d0)) d1 = d0 + (axis === 'time' ? 1 : 1);
  const scale = scaleLinear().domain([d0, d1]).range([plotX, plotX + plotW]);
  if (axis === 'time' && opts.rangeStart === undefined && opts.rangeEnd === undefined) scale.nice(Math.max(2, Math.floor(plotW / 90)));
  const [D0, D1] = scale.domain() as [number, number];
  const X = (v: number): number => scale(v);
  const inRange = (a: number, b: number): boolean => b >= D0 - 1e-9 && a <= D1 + 1e-9;
  const clampX = (x: number): number => Math.min(plotX + plotW, Math.max(plotX, x));

  // ---- ticks ----
  const ticks: TickLayout[] = [];
  if (axis === 'time') {
    const count = Math.max(2, Math.floor(plotW / 90));
    const vals = scale.ticks(count);
    const stepV = tickStep(D0, D1, count);
    const decimals = Math.max(0, -Math.floor(Math.log10(stepV) + 1e-9));
    for (const v of vals) ticks.push({ x: r2(X(v)), label: formatTick(v, decimals), value: v });
  } else {
    // Nice step numbers (1-based) placed at the centre of each step's slot.
    const firstStep = steps.findIndex((s) => s.slot >= D0);
    let lastStep = -1;
    for (let k = N - 1; k >= 0; k--) if (steps[k].slot + 1 <= D1 + 1e-9) { lastStep = k; break; }
    if (firstStep >= 0 && lastStep >= firstStep) {
      const a = firstStep + 1;
      const b = lastStep + 1;
      const count = Math.max(2, Math.floor(plotW / 60));
      const st = Math.max(1, Math.ceil(tickStep(a, b, count)));
      const startV = Math.ceil(a / st) * st;
      if (a < startV && st > 1) ticks.push({ x: r2(X(steps[a - 1].slot + 0.5)), label: String(a), value: a });
      for (let v = startV; v <= b; v += st) ticks.push({ x: r2(X(steps[v - 1].slot + 0.5)), label: String(v), value: v });
      if (ticks.length && ticks[ticks.length - 1].value !== b && X(steps[b - 1].slot + 0.5) - ticks[ticks.length - 1].x > 24) ticks.push({ x: r2(X(steps[b - 1].slot + 0.5)), label: String(b), value: b });
    }
  }

  // ---- patterns & markers ----
  const patterns: PatternDef[] = [];
  const patternFor: Partial<Record<SegmentKind, string>> = {};
  const addPattern = (kind: SegmentKind, pk: PatternDef['kind'], size: number): void => {
    const c = palette.state[kind];
    const pid = `${id}-p-${kind}`;
    patterns.push({ id: pid, kind: pk, fg: c.fg, bg: c.fill, size });
    patternFor[kind] = pid;
  };
  addPattern('waiting', 'hatch', 6);
  addPattern('blocked-sync', 'cross', 6);
  addPattern('frozen', 'dense', 4);
  if (opts.theme === 'print') addPattern('sleeping', 'dots', 5);
  const markers: MarkerDef[] = ARROW_ORDER.map((k) => ({ id: `${id}-m-${k}`, color: palette.arrow[k] }));

  const styleOf = (kind: SegmentKind): Pick<RectMark, 'fill' | 'stroke' | 'strokeWidth' | 'dash' | 'pattern'> => {
    const c = palette.state[kind];
    const pattern = patternFor[kind] ?? null;
    return {
      fill: pattern ? `url(#${pattern})` : c.fill,
      stroke: c.stroke,
      strokeWidth: kind === 'running' ? 0 : 1,
      dash: kind === 'ready' ? '2 2' : kind === 'frozen' ? '4 2' : null,
      pattern,
    };
  };

  // ---- text helpers ----
  const laneNames = new Set(model.lanes.map((l) => l.name));
  const T = formatSeconds;
  const code = (loc: string | null | undefined): string => {
    const n = lineNo(loc);
    if (n === null) return '';
    const text = model.lines && n >= 1 && n <= model.lines.length ? model.lines[n - 1].trim() : '';
    return text ? `: \`${clip(text, 70)}\`, ${S.lineRef(n)}` : `, ${S.lineRef(n)}`;
  };
  /** Whether the awaiting line is a sleep (true when the source is unknown). */
  const isSleepLine = (loc: string | null | undefined): boolean => {
    const n = lineNo(loc);
    if (n === null || !model.lines || !model.lines[n - 1]) return true;
    return /\bsleep\s*\(/.test(model.lines[n - 1]);
  };
  const locText = (loc: string | null | undefined): string => {
    if (loc === 'done') return S.returns;
    const n = lineNo(loc);
    return n === null ? '?' : S.lineRef(n);
  };
  const tooltipOf = (l: Lane, s: Segment): string => {
    const name = l.name;
    switch (s.kind) {
      case 'running': {
        if (s.blocking) return `${S.blocking(name, T(s.start), s.blocking, T(s.end - s.start))}${code(s.at)}`;
        const stepNo = (s.step ?? 0) + 1;
        const atN = lineNo(s.at);
        const text = atN !== null && model.lines && model.lines[atN - 1] ? `, \`${clip(model.lines[atN - 1].trim(), 60)}\`` : '';
        return `${S.running(name, T(s.start), stepNo, locText(s.at), locText(s.to))}${text}`;
      }
      case 'ready': {
        const span = s.end - s.start > 1e-9 ? `${T(s.start)} – ${T(s.end)}` : S.at(T(s.start));
        return S.ready(name, span);
      }
      case 'sleeping':
        return `${isSleepLine(s.at) ? S.sleeping(name, T(s.until ?? s.end)) : S.timerWait(name, T(s.until ?? s.end))}${code(s.at)}`;
      case 'waiting': {
        if (s.on === 'gather') return `${S.waitingGather(name)}${code(s.at)}`;
        if (s.on === 'TaskGroup') return `${S.waitingGroup(name, s.on)}${code(s.at)}`;
        if (s.on && laneNames.has(s.on)) return `${S.waitingTask(name, s.on)}${code(s.at)}`;
        if (s.on) return `${S.waitingOther(name, s.on)}${code(s.at)}`;
        return `${S.suspended(name)}${code(s.at)}`;
      }
      case 'blocked-sync':
        return `${S.blockedSync(name, s.on ?? 'Lock')}${code(s.at)}`;
      case 'frozen':
        return S.frozen(name, s.blocking ?? '?', T(s.start), T(s.end));
    }
  };

  const shortLabel = (s: Segment): string | null => {
    switch (s.kind) {
      case 'sleeping': {
        const d = formatTick(Math.max(0, (s.until ?? s.end) - s.start), 3);
        return isSleepLine(s.at) ? S.shortSleep(d) : S.shortTimer(d);
      }
      case 'waiting':
        return s.on ? `await ${s.on === 'gather' ? 'gather()' : s.on}` : null;
      case 'blocked-sync':
        return s.on ?? null;
      case 'frozen':
        return s.blocking ?? null;
      case 'ready':
        return S.shortReady;
      default:
        return null;
    }
  };

  // ---- lanes ----
  const laneLayouts: LaneLayout[] = [];
  const minRun = 4;
  lanes.forEach((l, row) => {
    const y = plotY + row * laneH;
    const cy = y + laneH / 2;
    const rects: RectMark[] = [];
    for (const s of l.segments) {
      // Reveal limit.
      if (s.startStep >= limB && !(s.startStep === s.endStep && s.start < limT - 1e-9 && s.startStep <= limB)) continue;
      let a: number;
      let b: number;
      if (axis === 'time') {
        a = s.start;
        b = Math.min(s.end, limT);
        if (b - a <= 1e-9 && s.kind !== 'running') continue;
      } else {
        a = s.startSlot;
        b = Math.min(s.endSlot, limSlot);
        if (b - a <= 1e-9) continue;
      }
      if (!inRange(a, b)) continue;
      let x0 = X(a);
      let x1 = X(b);
      if (s.kind === 'running' && x1 - x0 < minRun) {
        x1 = x0 + minRun;
        if (x1 > plotX + plotW && x0 <= plotX + plotW) {
          x1 = plotX + plotW;
          x0 = Math.max(plotX, x1 - minRun);
        }
      }
      if (x1 < plotX || x0 > plotX + plotW) continue;
      x0 = clampX(x0);
      x1 = clampX(x1);
      if (x1 - x0 < 0.5 && s.kind !== 'running') continue;
      const h = s.kind === 'running' ? barH : idleH;
      const st = styleOf(s.kind);
      const short = shortLabel(s);
      // On the time axis a running step (min width) may sit at the start of this bar.
      const pad = axis === 'time' ? minRun + 4 : 5;
      const fits = short !== null && laneH >= 18 && textWidth(short, segFont) + pad + 5 <= x1 - x0;
      rects.push({
        label: fits ? short : null,
        labelX: r2(x0 + pad),
        labelY: r2(cy),
        x: r2(x0),
        y: r2(cy - h / 2),
        w: r2(Math.max(x1 - x0, 0.5)),
        h: r2(h),
        rx: s.kind === 'running' ? 2 : 1.5,
        ...st,
        state: s.kind,
        lane: l.name,
        step: s.kind === 'running' ? (s.step ?? null) : null,
        tooltip: tooltipOf(l, s),
      });
    }
    // Idle states below, running steps on top.
    rects.sort((p, q) => (p.state === 'running' ? 1 : 0) - (q.state === 'running' ? 1 : 0));
    // End mark.
    const marks: EndMarkLayout[] = [];
    const endKind: EndKind = l.end;
    let markPos: number | null = null;
    let markB = Infinity;
    if (l.doneStep !== null && l.doneTime !== null) {
      markPos = axis === 'time' ? l.doneTime : (l.doneSlot ?? 0);
      markB = l.doneStep;
    } else if (endKind === 'pending' && upTo === null) {
      markPos = axis === 'time' ? model.end : model.slotCount;
      markB = N;
    }
    if (markPos !== null && markB <= limB && markPos >= D0 - 1e-9 && markPos <= D1 + 1e-9) {
      let mx = X(markPos);
      const r = Math.max(3.5, barH * 0.24);
      if (axis === 'time') {
        // Sit right after the (min-width) final bar.
        mx = Math.min(plotX + plotW + r + 2, mx + minRun + r + 1.5);
      } else mx = mx + r + 2;
      const tip =
        endKind === 'done'
          ? S.finished(l.name, T(l.doneTime ?? model.end))
          : endKind === 'cancelled'
            ? S.cancelled(l.name, T(l.doneTime ?? model.end))
            : endKind === 'failed'
              ? S.failed(l.name, T(l.doneTime ?? model.end), l.exception ?? 'Exception')
              : S.pending(l.name);
      marks.push({
        kind: endKind,
        x: r2(mx),
        y: r2(cy),
        d: endSymbol(endKind, mx, cy, r),
        fill: endKind === 'done' || endKind === 'failed' ? palette.end[endKind] : 'none',
        stroke: endKind === 'done' ? palette.background : palette.end[endKind],
        strokeWidth: endKind === 'done' ? 1 : endKind === 'failed' ? 1 : 2,
        tooltip: tip,
      });
    }
    const parts: string[] = [labelOf(l)];
    parts.push(l.parent ? S.createdBy(l.parent, T(l.created)) : S.createdAt(T(l.created)));
    parts.push(S.laneRuns(l.steps.length));
    const endTip = marks[0]?.tooltip ?? (l.end === 'pending' ? S.pending(l.name) : null);
    if (endTip) parts.push(endTip);
    laneLayouts.push({
      name: l.name,
      index: l.index,
      label: fitText(labelOf(l), marginL - 16 - indentOf(l) - 10, fontSize),
      labelX: r2(16 + indentOf(l)),
      y: r2(y),
      height: laneH,
      cy: r2(cy),
      stripe: row % 2 === 1,
      ariaLabel: parts.join('; '),
      end: l.end,
      rects,
      marks,
    });
  });

  // ---- bands: frozen loop and idle slots ----
  const bands: BandLayout[] = [];
  for (const f of model.frozen) {
    if (f.step !== null && f.step >= limB) continue;
    const a = axis === 'time' ? f.t : f.startSlot;
    const b = axis === 'time' ? f.t + f.seconds : f.endSlot;
    if (!inRange(a, b) || plotH === 0) continue;
    const x0 = clampX(X(a));
    const x1 = clampX(X(b));
    const label = S.frozenBand(f.what);
    const fits = textWidth(label, 11) + 8 < x1 - x0;
    bands.push({
      kind: 'frozen',
      x: r2(x0),
      y: r2(plotY),
      w: r2(Math.max(1, x1 - x0)),
      h: r2(plotH),
      fill: palette.state.frozen.fg,
      pattern: null,
      opacity: opts.theme === 'dark' ? 0.16 : 0.1,
      label: fits ? label : null,
      labelX: r2(x0 + 4),
      labelY: r2(plotY - 5),
      tooltip: `${label} (${T(f.t)} – ${T(f.t + f.seconds)})`,
    });
  }
  if (axis === 'step') {
    for (const s of model.idle) {
      if (s.slot >= limSlot) continue;
      if (!inRange(s.slot, s.slot + 1)) continue;
      const x0 = clampX(X(s.slot));
      const x1 = clampX(X(s.slot + 1));
      const label = `+${formatTick(s.to - s.from, 3)}`;
      bands.push({
        kind: 'idle',
        x: r2(x0),
        y: r2(plotY),
        w: r2(Math.max(0.5, x1 - x0)),
        h: r2(plotH),
        fill: palette.grid,
        pattern: null,
        opacity: 0.45,
        label: textWidth(label, 10) + 4 < x1 - x0 ? label : null,
        labelX: r2((x0 + x1) / 2),
        labelY: r2(plotY - 5),
        tooltip: `${S.idleSlot(formatSeconds(s.to - s.from))} (${T(s.from)} → ${T(s.to)})`,
      });
    }
  }

  // ---- arrows ----
  const arrows: ArrowLayout[] = [];
  if (showArrows) {
    // Large fan-ins (gather of many tasks) keep only the arrow of the last child to finish.
    const fanGroups = new Map<string, number>();
    const fanLast = new Map<string, number>();
    model.arrows.forEach((a, i) => {
      if (a.kind !== 'fan-in' || !visible.has(a.from)) return;
      const key = `${a.to}/${a.toStep}`;
      fanGroups.set(key, (fanGroups.get(key) ?? 0) + 1);
      const j = fanLast.get(key);
      if (j === undefined || model.arrows[j].fromStep <= a.fromStep) fanLast.set(key, i);
    });
    const FAN_MAX = 8;
    for (let ai = 0; ai < model.arrows.length; ai++) {
      const a = model.arrows[ai];
      let fanCount = 0;
      if (a.kind === 'fan-in') {
        const key = `${a.to}/${a.toStep}`;
        fanCount = fanGroups.get(key) ?? 0;
        if (fanCount > FAN_MAX && fanLast.get(key) !== ai) continue;
      }
      const fi = visible.get(a.from);
      const ti = visible.get(a.to);
      if (fi === undefined || ti === undefined || fi === ti) continue;
      if (a.toStep > limB || a.fromStep > limB) continue;
      const fa = axis === 'time' ? a.fromTime : a.fromSlot;
      const ta = axis === 'time' ? a.toTime : a.toSlot;
      if (fa < D0 - 1e-9 || fa > D1 + 1e-9 || ta < D0 - 1e-9 || ta > D1 + 1e-9) continue;
      const fromL = laneLayouts[fi];
      const toL = laneLayouts[ti];
      const down = ti > fi;
      let x0 = X(fa);
      let x1 = X(ta);
      if (axis === 'time' && a.kind !== 'spawn') {
        x0 += minRun;
        x1 += 0;
      }
      if (a.kind === 'spawn' && axis === 'time') x0 = x1 = X(fa) + 1;
      else if (Math.abs(x1 - x0) < 0.5) {
        // Vertical arrows: downward ones a little left, upward ones a little right, so a
        // wake-up and its answer between the same lanes do not draw over each other.
        const off = down ? -2.5 : 2.5;
        x0 += off;
        x1 += off;
      }
      const y0 = fromL.cy + (down ? barH / 2 : -barH / 2);
      const y1 = toL.cy + (down ? -barH / 2 - 1 : barH / 2 + 1);
      let d: string;
      if (Math.abs(x1 - x0) < 0.5) d = `M${r2(x0)},${r2(y0)}V${r2(y1)}`;
      else {
        const ym = (y0 + y1) / 2;
        d = `M${r2(x0)},${r2(y0)}C${r2(x0)},${r2(ym)} ${r2(x1)},${r2(ym)} ${r2(x1)},${r2(y1)}`;
      }
      const from = model.lanes[a.from].name;
      const to = model.lanes[a.to].name;
      const tip =
        a.kind === 'spawn'
          ? S.spawnArrow(from, to, T(a.fromTime))
          : a.kind === 'wake'
            ? S.wakeArrow(from, to, T(a.fromTime))
            : fanCount > FAN_MAX
              ? S.fanInMany(from, to, T(a.fromTime), fanCount)
              : S.fanInArrow(from, to, T(a.fromTime));
      arrows.push({
        kind: a.kind,
        from,
        to,
        d,
        stroke: palette.arrow[a.kind],
        strokeWidth: a.kind === 'spawn' ? 1 : 1.25,
        dash: a.kind === 'wake' ? '3 2' : null,
        marker: `${id}-m-${a.kind}`,
        tooltip: tip,
      });
    }
  }

  // ---- legend ----
  const legend: LegendItem[] = [];
  let legendBottom = axisY + 44;
  if (legendOn) {
    const presentStates = new Set<SegmentKind>();
    const presentEnds = new Set<EndKind>();
    for (const l of laneLayouts) {
      for (const r of l.rects) presentStates.add(r.state);
      for (const m of l.marks) presentEnds.add(m.kind);
    }
    const presentArrows = new Set<ArrowKind>(arrows.map((a) => a.kind));
    if (presentStates.size === 0) presentStates.add('running');
    const items: { kind: LegendItem['kind']; key: string; label: string }[] = [];
    for (const k of STATE_ORDER) if (presentStates.has(k)) items.push({ kind: 'state', key: k, label: S.state[k] });
    for (const k of END_ORDER) if (presentEnds.has(k)) items.push({ kind: 'end', key: k, label: S.end[k] });
    for (const k of ARROW_ORDER) if (presentArrows.has(k)) items.push({ kind: 'arrow', key: k, label: S.arrow[k] });
    const rowH = 22;
    let lx = plotX;
    let ly = axisY + 56;
    const startX = Math.min(plotX, 16);
    lx = startX;
    for (const it of items) {
      const sw = it.kind === 'arrow' ? 26 : it.kind === 'end' ? 12 : 22;
      const w = sw + 6 + textWidth(it.label, 11.5) + 18;
      if (lx + w > width - 12 && lx > startX) {
        lx = startX;
        ly += rowH;
      }
      const item: LegendItem = { kind: it.kind, key: it.key, label: it.label, x: r2(lx), y: r2(ly) };
      if (it.kind === 'state') {
        const k = it.key as SegmentKind;
        const st = styleOf(k);
        item.swatch = { fill: st.fill, stroke: st.stroke, strokeWidth: k === 'running' ? 0 : 1, dash: st.dash, pattern: st.pattern, h: k === 'running' ? 12 : 8 };
      } else if (it.kind === 'end') {
        const k = it.key as EndKind;
        item.d = endSymbol(k, lx + 6, ly, 4.5);
        item.fill = k === 'done' || k === 'failed' ? palette.end[k] : 'none';
        item.stroke = k === 'done' ? palette.background : palette.end[k];
        item.strokeWidth = k === 'done' || k === 'failed' ? 1 : 2;
      } else {
        const k = it.key as ArrowKind;
        item.d = `M${r2(lx)},${r2(ly)}H${r2(lx + 22)}`;
        item.stroke = palette.arrow[k];
        item.strokeWidth = 1.25;
        item.dash = k === 'wake' ? '3 2' : null;
        item.marker = `${id}-m-${k}`;
      }
      legend.push(item);
      lx += w;
    }
    legendBottom = ly + 18;
  }
  const height = Math.ceil(legendOn ? legendBottom : axisY + 48);

  // ---- cursor positions ----
  const cursorX: number[] = new Array(N);
  const cursorLabel: string[] = new Array(N);
  for (let k = 0; k < N; k++) {
    const v = axis === 'time' ? steps[k].t : steps[k].slot + 0.5;
    const x = axis === 'time' ? X(v) + minRun / 2 : X(v);
    cursorX[k] = v >= D0 - 1e-9 && v <= D1 + 1e-9 ? r2(x) : NaN;
    cursorLabel[k] = `${S.stepWord(k + 1)} · ${T(steps[k].t)}`;
  }

  // ---- accessible text ----
  const endText = T(model.end);
  const ariaLabel = titleText ? `${titleText} — ${S.aria(lanes.length, endText)}` : S.aria(lanes.length, endText);
  const descParts = [S.summary(lanes.length, N, endText)];
  const maxDesc = 30;
  for (const l of laneLayouts.slice(0, maxDesc)) descParts.push(l.ariaLabel + '.');
  if (laneLayouts.length > maxDesc) descParts.push(S.more(laneLayouts.length - maxDesc));
  const subtitle = S.summary(lanes.length, N, endText).replace(/\.$/, '');

  const style = [
    // No fill here: a CSS rule would override the fill each text element sets for itself.
    `.${id} text{font-family:${FONT_FAMILY}}`,
    `.${id} .lane-label{font-size:${fontSize}px}`,
    `.${id} .tick text{font-size:11px;fill:${palette.muted};font-variant-numeric:tabular-nums}`,
    `.${id} .subtitle{fill:${palette.muted}}`,
    `.${id} .legend text{font-size:11.5px}`,
  ].join('\n');

  return {
    id,
    width,
    height,
    theme: opts.theme,
    locale: opts.locale,
    axis,
    fontFamily: FONT_FAMILY,
    palette,
    title: titleText,
    subtitle,
    ariaLabel,
    description: descParts.join(' '),
    plot: { x: r2(plotX), y: r2(plotY), width: r2(plotW), height: r2(plotH) },
    x: { domain: [D0, D1], range: [r2(plotX), r2(plotX + plotW)] },
    y: { domain: lanes.map((l) => l.name), range: [r2(plotY), r2(plotY + plotH)], laneHeight: laneH, barHeight: barH },
    labelFontSize: fontSize,
    ticks,
    axisLabel: axis === 'time' ? S.axisTime : S.axisStep,
    axisY: r2(axisY),
    lanes: laneLayouts,
    arrows,
    bands,
    patterns,
    markers,
    legend,
    cursorX,
    cursorLabel,
    style,
    titleY,
    subtitleY,
  };
}
