/**
 * Following in the timeline: when the running task's lane is scrolled out of the lanes area,
 * scroll that area (only it, never the page) to bring the lane into view. The lane need not be in
 * the DOM (lane windowing): its place comes from its row.
 */
import type { TimelineLayout } from '../../timeline';
import { followY, scrollParent } from '../common/follow';

/**
 * Brings the lane of `task` into view in `box`, the box that scrolls the chart (found when not
 * given); returns whether it scrolled.
 */
export function followLane(
  svg: SVGSVGElement,
  layout: TimelineLayout,
  task: string | undefined,
  box = scrollParent(svg),
): boolean {
  const row = task === undefined ? undefined : layout.taskRow.get(task);
  if (row === undefined || !box) return false;
  const r = svg.getBoundingClientRect();
  // The SVG may be drawn scaled (max-width, presenter zoom): layout units to client pixels.
  const scale = layout.height > 0 ? r.height / layout.height : 1;
  const y = layout.plot.y + row * layout.y.laneHeight;
  return followY(box, r.top + y * scale, r.top + (y + layout.y.laneHeight) * scale);
}
