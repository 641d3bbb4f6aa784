/**
 * Where the step cursor's pill goes: to the right of the cursor line, or to the left, whichever
 * keeps it clear of the band captions (a frozen loop's "time.sleep froze the loop", an idle
 * slot's "+1 s") that share the row above the first lane. When neither side is clear, the side
 * that covers fewest captions is taken and the covered ones are named, so the caller hides them.
 */
import { textWidth } from '../text';
import type { BandLayout } from './bands';

export interface PillPlace {
  side: 'right' | 'left';
  /** Left edge and width of the pill, in chart pixels. */
  x: number;
  w: number;
  /** Indexes (in the layout's bands) of captions the pill would still cover. */
  covered: number[];
}

/** Gap between the cursor line and the pill, as drawn. */
const GAP = 8;
/** Room kept between the pill and a caption (text widths are estimates). */
const PAD = 4;

/** Horizontal extent of a band's caption, or null when it has none. */
export function captionSpan(b: BandLayout): [number, number] | null {
  if (!b.label) return null;
  if (b.kind === 'idle') {
    const w = textWidth(b.label, 10);
    return [b.labelX - w / 2, b.labelX + w / 2];
  }
  return [b.labelX, b.labelX + textWidth(b.label, 11)];
}

/** Width of the pill for a label (11 px semibold text and 7 px padding each side). */
export function pillWidth(label: string): number {
  return Math.ceil(textWidth(label, 11) * 1.06 + 14);
}

export function placePill(x: number, w: number, bands: BandLayout[], width: number): PillPlace {
  const spans = bands.map(captionSpan);
  const covers = (x0: number): number[] => {
    const out: number[] = [];
    spans.forEach((s, i) => {
      if (s && x0 < s[1] + PAD && x0 + w > s[0] - PAD) out.push(i);
    });
    return out;
  };
  const right = { side: 'right' as const, x: x + GAP, fits: x + GAP + w <= width - 4 };
  const left = { side: 'left' as const, x: x - GAP - w, fits: x - GAP - w >= 2 };
  const options = [right, left].filter((o) => o.fits);
  // Too narrow for either: the left side, as the pill always flipped when it met the edge.
  if (!options.length) options.push(left);
  let best: PillPlace | null = null;
  for (const o of options) {
    const covered = covers(o.x);
    if (!best || covered.length < best.covered.length) best = { side: o.side, x: o.x, w, covered };
    if (!covered.length) break;
  }
  return best!;
}
