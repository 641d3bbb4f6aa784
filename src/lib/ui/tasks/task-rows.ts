/**
 * The task table's rows at a step, each kept as the same object as the row drawn at its place
 * before when nothing in it changed: the table's each block then leaves that row alone. A step
 * changes two or three of the dozens of rows drawn; every row's cells were computed and compared
 * again (with 10,000 tasks, a good part of a step's script time).
 */
import type { taskViews } from '../model';
import type { syncWaitedBy } from '../sync/sync-model';

type TaskView = ReturnType<typeof taskViews>[number];

export interface TaskRow {
  tv: TaskView;
  /** The synchronisation object the task waits on (null: none). */
  so: ReturnType<typeof syncWaitedBy>;
}

const sameView = (a: TaskView, b: TaskView) =>
  a.index === b.index &&
  a.name === b.name &&
  a.coro === b.coro &&
  a.state === b.state &&
  a.at === b.at &&
  a.line === b.line &&
  a.waitsOn === b.waitsOn;

/** `next`, with each row equal to the one at its place in `prev` replaced by that one. */
export function keepSameRows(prev: readonly TaskRow[], next: TaskRow[]): TaskRow[] {
  for (let i = 0; i < next.length; i++) {
    const p = prev[i];
    if (p && p.so === next[i].so && sameView(p.tv, next[i].tv)) next[i] = p;
  }
  return next;
}
