/**
 * The synchronisation objects at a step: the recorder keeps each object's state only in the steps
 * that changed it, so the state at step i is each object's latest record at or before i. The
 * answer for the step on screen is kept, so the narration and every task row asking "what does
 * this task wait on" cost a map look-up, not a pass over every object.
 */
import { SyncHistory, type SyncState } from '../../trace/sync';
import type { RunView } from '../model';

interface Memo {
  history: SyncHistory;
  cursor: number;
  objects: SyncState[];
  /** Task name → the first object (in `objects` order) it waits on or puts to, at `cursor`. */
  waiting: Map<string, SyncState> | null;
}

const memos = new WeakMap<RunView, Memo>();

function memoAt(v: RunView, cursor: number): Memo {
  let m = memos.get(v);
  if (!m) {
    m = { history: new SyncHistory(v.ui.details, v.syncSteps), cursor: -2, objects: [], waiting: null };
    memos.set(v, m);
  }
  if (m.cursor !== cursor) {
    m.cursor = cursor;
    m.objects = m.history.at(cursor);
    m.waiting = null;
  }
  return m;
}

/** Every synchronisation object seen by step `cursor`, in the order first seen, with its state then. */
export function syncAt(v: RunView, cursor: number): SyncState[] {
  return memoAt(v, cursor).objects;
}

/** The object `task` waits on at step `cursor` (as a waiter or a queue's putter), if any. */
export function syncWaitedBy(v: RunView, cursor: number, task: string): SyncState | null {
  const m = memoAt(v, cursor);
  if (!m.waiting) {
    const waiting = new Map<string, SyncState>();
    for (const s of m.objects) {
      for (const w of s.waiters) if (!waiting.has(w)) waiting.set(w, s);
      for (const p of s.putters ?? []) if (!waiting.has(p)) waiting.set(p, s);
    }
    m.waiting = waiting;
  }
  return m.waiting.get(task) ?? null;
}
