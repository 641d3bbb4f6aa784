/**
 * The rows of a chart: which lanes are drawn, in which order (a filter, lane groups, nested
 * sub-rows), and the row of every task. Computed once per model and options and cached, so that
 * laying out again (a scroll, a zoom, a step with the future hidden) costs nothing per lane.
 */
import { underThreads } from './thread-tasks';
import type { Lane, TimelineModel } from './model';
import { groupLanes, segmentCount, type GroupOption } from './groups';
import { withSubRows, type NestedOption } from './marks/nested-rows';
import { RowsByIndex, TaskRows, taskNamesOf, type RowLookup } from './row-lookup';

export interface Rows {
  lanes: Lane[];
  /** Row of each drawn lane by its model index (the tasks of a closed group: the group's row). */
  rowOf: RowLookup<number>;
  /** Row of each task by name (the tasks of a closed group: the group's row). */
  taskRow: RowLookup<string>;
  /** The drawn lanes' names, in row order. */
  names: string[];
  /** What the chart's id hashes of its lanes. */
  key: string;
  /** Label margins already measured, by font size and width. */
  margins: Map<string, number>;
}

const cache = new WeakMap<TimelineModel, Map<string, Rows>>();

export function rowsOf(
  model: TimelineModel,
  wanted: readonly string[] | undefined,
  group: GroupOption | undefined,
  nested: NestedOption | undefined,
): Rows {
  const k = JSON.stringify([wanted ?? null, group ?? null, nested ?? null]);
  let byKey = cache.get(model);
  if (!byKey) cache.set(model, (byKey = new Map()));
  const hit = byKey.get(k);
  if (hit) return hit;
  const want = wanted ? new Set(wanted) : null;
  const lanes = withSubRows(
    underThreads(groupLanes(want ? model.lanes.filter((l) => want.has(l.name)) : model.lanes, group)),
    nested,
  );
  const n = model.lanes.length;
  const rowOf = new RowsByIndex(n);
  const taskRow = new TaskRows(n, taskNamesOf(model));
  for (let i = 0; i < lanes.length; i++) {
    const l = lanes[i];
    rowOf.set(l.index, i);
    if (l.group && !l.group.open)
      for (const m of l.group.members) {
        rowOf.set(m, i);
        taskRow.give(m, i);
      }
    else if (l.sub === undefined && !l.group) {
      if (l.index >= 0 && l.index < n && model.lanes[l.index] === l) taskRow.give(l.index, i);
      else taskRow.giveName(l.name, i);
    }
  }
  const rows: Rows = {
    lanes,
    rowOf,
    taskRow,
    names: lanes.map((l) => l.name),
    key: lanes.map((l) => `${l.name}/${l.coro}/${l.end}/${segmentCount(l, model.lanes)}`).join(','),
    margins: new Map(),
  };
  // A few option sets per model at most (open groups change as the user clicks).
  if (byKey.size > 16) byKey.clear();
  byKey.set(k, rows);
  return rows;
}
