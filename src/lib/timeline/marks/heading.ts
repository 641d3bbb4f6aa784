/**
 * Heading: the optional title and a one-line summary above the plot, and the chart's
 * accessible name and description (which also read out every lane, up to a limit).
 */
import type { Palette } from '../palette';
import type { Frame } from '../frame';
import { formatSeconds as T } from '../i18n';
import { attrs, type Sel } from '../selection';
import type { LaneLayout } from './lanes';

/** Lanes read out in the description; a long run ends it with "and N more". */
const MAX_DESCRIBED = 30;

export function layoutHeading(
  f: Frame,
  laneLayouts: LaneLayout[],
): { subtitle: string; ariaLabel: string; description: string } {
  const { S, title } = f;
  // Tasks (not the thread lanes): a group lane stands for its tasks (an open one's follow it as lanes of their own).
  let lanes = 0;
  for (const l of f.lanes)
    if (l.sub === undefined && !l.thread) lanes += l.group ? (l.group.open ? 0 : l.group.members.length) : 1;
  const endText = T(f.model.end);
  const summary = S.summary(lanes, f.model.stepCount, endText);
  const ariaLabel = title ? `${title} — ${S.aria(lanes, endText)}` : S.aria(lanes, endText);
  const descParts = [summary];
  for (const l of laneLayouts.slice(0, MAX_DESCRIBED)) descParts.push(l.ariaLabel + '.');
  // (Of every row, also when only a window of them is laid out.)
  const rows = f.lanes.length;
  if (rows > MAX_DESCRIBED) descParts.push(S.more(rows - Math.min(MAX_DESCRIBED, laneLayouts.length)));
  return { subtitle: summary.replace(/\.$/, ''), ariaLabel, description: descParts.join(' ') };
}

export function renderHeading(
  root: Sel,
  title: string | null,
  titleY: number,
  subtitle: string,
  subtitleY: number,
  palette: Palette,
): void {
  const head = root.append('svg:g').attr('class', 'heading') as unknown as Sel;
  if (title) {
    attrs(head.append('svg:text') as unknown as Sel, {
      class: 'title',
      x: 16,
      y: titleY,
      'font-size': 15,
      'font-weight': 600,
      fill: palette.text,
    }).text(title);
  }
  attrs(head.append('svg:text') as unknown as Sel, {
    class: 'subtitle',
    x: 16,
    y: subtitleY,
    'font-size': 11.5,
    fill: palette.muted,
  }).text(subtitle);
}
