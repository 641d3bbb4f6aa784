/**
 * Shared definitions: fill patterns for the idle states and arrowhead markers, plus the style
 * each state's bar (and legend swatch) takes from them.
 */
import type { SegmentKind } from '../model';
import type { Frame } from '../frame';
import { ARROW_ORDER, STATE_ORDER } from '../palette';
import { attrs, type Sel } from '../selection';

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

/** How a state is painted: patterned states point their fill at a pattern. */
export interface StateStyle {
  fill: string;
  stroke: string;
  strokeWidth: number;
  dash: string | null;
  pattern: string | null;
}

export interface Defs {
  patterns: PatternDef[];
  markers: MarkerDef[];
  styles: Record<SegmentKind, StateStyle>;
}

export function layoutDefs(f: Frame): Defs {
  const { id, palette } = f;
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
  // Print has no colour to tell sleeping from waiting, so sleeping gets dots.
  if (f.theme === 'print') addPattern('sleeping', 'dots', 5);
  const markers: MarkerDef[] = ARROW_ORDER.map((k) => ({ id: `${id}-m-${k}`, color: palette.arrow[k] }));

  const styles = {} as Record<SegmentKind, StateStyle>;
  for (const kind of STATE_ORDER) {
    const c = palette.state[kind];
    const pattern = patternFor[kind] ?? null;
    styles[kind] = {
      fill: pattern ? `url(#${pattern})` : c.fill,
      stroke: c.stroke,
      strokeWidth: kind === 'running' ? 0 : 1,
      dash: kind === 'ready' ? '2 2' : kind === 'frozen' ? '4 2' : null,
      pattern,
    };
  }
  return { patterns, markers, styles };
}

function renderPattern(defs: Sel, p: PatternDef): void {
  const s = p.size;
  const pat = attrs(defs.append('svg:pattern'), {
    id: p.id,
    patternUnits: 'userSpaceOnUse',
    width: s,
    height: s,
    patternTransform:
      p.kind === 'hatch' || p.kind === 'cross' ? 'rotate(45)' : p.kind === 'dense' ? 'rotate(-45)' : null,
  });
  attrs(pat.append('svg:rect'), { width: s, height: s, fill: p.bg });
  switch (p.kind) {
    case 'hatch':
      attrs(pat.append('svg:line'), { x1: 0, y1: 0, x2: 0, y2: s, stroke: p.fg, 'stroke-width': 2.2 });
      break;
    case 'cross':
      attrs(pat.append('svg:line'), { x1: 0, y1: 0, x2: 0, y2: s, stroke: p.fg, 'stroke-width': 1.4 });
      attrs(pat.append('svg:line'), { x1: 0, y1: 0, x2: s, y2: 0, stroke: p.fg, 'stroke-width': 1.4 });
      break;
    case 'dense':
      attrs(pat.append('svg:line'), { x1: 0, y1: 0, x2: 0, y2: s, stroke: p.fg, 'stroke-width': 2 });
      break;
    case 'dots':
      attrs(pat.append('svg:circle'), { cx: s / 2, cy: s / 2, r: 1, fill: p.fg });
      break;
  }
}

export function renderDefs(root: Sel, patterns: PatternDef[], markers: MarkerDef[]): void {
  const defs = root.append('svg:defs') as unknown as Sel;
  for (const p of patterns) renderPattern(defs, p);
  for (const m of markers) {
    const mk = attrs(defs.append('svg:marker'), {
      id: m.id,
      viewBox: '0 0 10 10',
      refX: 9,
      refY: 5,
      markerWidth: 6,
      markerHeight: 6,
      orient: 'auto-start-reverse',
      markerUnits: 'strokeWidth',
    });
    attrs(mk.append('svg:path'), { d: 'M0,1L10,5L0,9Z', fill: m.color });
  }
}
