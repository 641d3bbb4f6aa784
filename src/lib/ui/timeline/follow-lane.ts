/**
 * Following in the timeline: when the running task's lane is scrolled out of the lanes area,
 * scroll that area (only it, never the page) to bring the lane into view.
 */
import type { TimelineLayout } from '../../timeline';
import { followY, scrollParent } from '../common/follow';

/** Brings the lane of `task` into view in the box that scrolls the chart; returns whether it scrolled. */
export function followLane(svg: SVGSVGElement, layout: TimelineLayout, task: string | undefined): boolean {
  const lane = task === undefined ? undefined : layout.lanes.find((l) => l.name === task);
  const box = scrollParent(svg);
  if (!lane || !box) return false;
  const r = svg.getBoundingClientRect();
  // The SVG may be drawn scaled (max-width, presenter zoom): layout units to client pixels.
  const scale = layout.height > 0 ? r.height / layout.height : 1;
  return followY(box, r.top + lane.y * scale, r.top + (lane.y + lane.height) * scale);
}
