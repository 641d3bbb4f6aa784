/**
 * The synchronisation objects at a step: the recorder keeps each object's state only in the steps
 * that changed it, so the state at step i is each object's latest record at or before i.
 */
import type { SyncState } from '../../trace/sync';
import type { RunView } from '../model';

interface History {
  /** Per object (by id): the steps that recorded it, ascending, and the state each recorded. */
  steps: Map<number, number[]>;
  states: Map<number, SyncState[]>;
}

const histories = new WeakMap<RunView, History>();

function historyOf(v: RunView): History {
  let h = histories.get(v);
  if (h) return h;
  h = { steps: new Map(), states: new Map() };
  v.ui.details.forEach((d, i) => {
    for (const s of d.sync ?? []) {
      if (!h!.steps.has(s.id)) {
        h!.steps.set(s.id, []);
        h!.states.set(s.id, []);
      }
      h!.steps.get(s.id)!.push(i);
      h!.states.get(s.id)!.push(s);
    }
  });
  histories.set(v, h);
  return h;
}

/** Every synchronisation object seen by step `cursor`, in the order first seen, with its state then. */
export function syncAt(v: RunView, cursor: number): SyncState[] {
  const h = historyOf(v);
  const out: SyncState[] = [];
  for (const [id, steps] of h.steps) {
    let lo = 0;
    let hi = steps.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (steps[mid] <= cursor) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) out.push(h.states.get(id)![lo - 1]);
  }
  return out.sort((a, b) => a.id - b.id);
}

/** The object task `task` waits on at step `cursor` (as a waiter or a queue's putter), if any. */
export function syncWaitedBy(v: RunView, cursor: number, task: string): SyncState | null {
  for (const s of syncAt(v, cursor)) if (s.waiters.includes(task) || s.putters?.includes(task)) return s;
  return null;
}
