/**
 * Tasks of event loops run by threads other than the main one (sim/threads.md): their lanes
 * follow their thread's lane among the thread lanes, in their own order, instead of standing
 * among the main thread's tasks. A task whose thread's lane is not shown stays where it was.
 */
import type { Lane } from './model';

export function underThreads(lanes: Lane[]): Lane[] {
  const shown = new Set<string>();
  for (const l of lanes) if (l.thread === 'worker') shown.add(l.name);
  const moves = (l: Lane) => l.thread === undefined && l.loopThread !== undefined && shown.has(l.loopThread);
  if (!lanes.some(moves)) return lanes;
  const byThread = new Map<string, Lane[]>();
  for (const l of lanes) {
    if (!moves(l)) continue;
    const mine = byThread.get(l.loopThread!);
    if (mine) mine.push(l);
    else byThread.set(l.loopThread!, [l]);
  }
  const out: Lane[] = [];
  for (const l of lanes) {
    if (moves(l)) continue;
    out.push(l);
    const mine = l.thread === 'worker' ? byThread.get(l.name) : undefined;
    if (mine) {
      out.push(...mine);
      byThread.delete(l.name);
    }
  }
  return out;
}
