/**
 * The synchronisation objects at a step: the recorder keeps each object's state only in the steps
 * that changed it, so the state at step i is each object's latest record at or before i.
 */
import { SyncHistory, type SyncState } from '../../trace/sync';
import type { RunView } from '../model';

const histories = new WeakMap<RunView, SyncHistory>();

function historyOf(v: RunView): SyncHistory {
  let h = histories.get(v);
  if (!h) {
    h = new SyncHistory(v.ui.details);
    histories.set(v, h);
  }
  return h;
}

/** Every synchronisation object seen by step `cursor`, in the order first seen, with its state then. */
export function syncAt(v: RunView, cursor: number): SyncState[] {
  return historyOf(v).at(cursor);
}

/** The object task `task` waits on at step `cursor` (as a waiter or a queue's putter), if any. */
export function syncWaitedBy(v: RunView, cursor: number, task: string): SyncState | null {
  return historyOf(v).waitedBy(cursor, task);
}
