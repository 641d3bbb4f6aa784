/**
 * The d3-selection helpers every mark's renderer draws with. Elements are appended to a parent
 * selection, so they land in whichever document that parent belongs to (see render.ts).
 */
import type { Selection } from 'd3-selection';

export type Sel = Selection<any, unknown, null, undefined>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Set attributes, skipping null and undefined ones. */
export function attrs(sel: Sel, a: Record<string, string | number | null | undefined>): Sel {
  for (const [k, v] of Object.entries(a))
    if (v !== null && v !== undefined) sel.attr(k, typeof v === 'number' ? String(v) : v);
  return sel;
}

/** Hover text, as an SVG <title> child. */
export function tip(sel: Sel, text: string): void {
  sel.append('svg:title').text(text);
}
