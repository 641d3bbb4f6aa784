/**
 * Long lists drawn as windows: only the rows in view (and a margin) are in the DOM, the rest is
 * padding of the same height, so a step or a scroll costs the same at 100 rows and at 100,000.
 * Rows have one fixed height in pixels.
 */

/** The rows [first, end) to draw for a box scrolled to `scrollTop` showing `viewH` pixels of `n` rows. */
export function windowRange(scrollTop: number, viewH: number, rowH: number, n: number, margin = 10): [number, number] {
  const first = Math.max(0, Math.min(n, Math.floor(scrollTop / rowH) - margin));
  const end = Math.max(first, Math.min(n, Math.ceil((scrollTop + Math.max(viewH, rowH)) / rowH) + margin));
  return [first, end];
}

/**
 * Where to scroll a box so that row `i` is in view: null when it is in view already; else it goes
 * to the box's bottom edge ('end': the newest line) or a third of the way down ('third').
 */
export function scrollToRow(
  scrollTop: number,
  viewH: number,
  rowH: number,
  i: number,
  n: number,
  place: 'third' | 'end' = 'third',
): number | null {
  const top = i * rowH;
  if (top >= scrollTop && top + rowH <= scrollTop + viewH) return null;
  const want = place === 'end' ? top + rowH - viewH : top - Math.max(0, (viewH - rowH) / 3);
  // Whole pixels: the box keeps its scroll position in whole pixels, and the position read back
  // from its scroll event must be the one written, or the window moves again in the next frame.
  const next = Math.round(Math.max(0, Math.min(want, n * rowH - viewH)));
  return Math.abs(next - scrollTop) < 1 ? null : next;
}
