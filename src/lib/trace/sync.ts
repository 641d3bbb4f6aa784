/**
 * The state of a synchronisation object the program uses (Lock, Event, Semaphore, Condition,
 * Barrier, Queue) after a step. The recorder keeps one per object and step only when it changed.
 */
export interface SyncState {
  /** The object's number in the run (in the order the simulator first saw it). */
  id: number;
  /** Its class: 'Lock', 'Event', 'Semaphore', 'BoundedSemaphore', 'Condition', 'Barrier', 'Queue', ... */
  kind: string;
  /** The name the program first held it by ('sem', 'self.lock', 'q'). */
  name: string;
  /** Tasks waiting on it, in order (a queue's getters): the first 16 of them. */
  waiters: string[];
  /** How many more wait than `waiters` names (absent: none). */
  more?: number;
  /** Lock and Condition: whether it is held, and by which task (the simulator's own bookkeeping). */
  locked?: boolean;
  owner?: string | null;
  /** Semaphore: free permits, the initial count, and the tasks holding permits. */
  free?: number;
  initial?: number;
  holders?: string[];
  /** Event: its flag. */
  flag?: boolean;
  /** Barrier: parties, how many are waiting to pass, and its state ('filling', 'draining', 'broken', ...). */
  parties?: number;
  count?: number;
  state?: string;
  /** Queue: its items (reprs, shortened), size, maxsize (0: unbounded), and tasks waiting to put. */
  items?: string[];
  size?: number;
  maxsize?: number;
  putters?: string[];
  /** How many more putters wait than `putters` names. */
  morePutters?: number;
}

/** Reads back the state of every object at any step from steps that record only changes. */
export class SyncHistory {
  private steps = new Map<number, number[]>();
  private states = new Map<number, SyncState[]>();

  /** `steps`: the steps whose details record sync states, when known (else every step is looked at). */
  constructor(details: readonly { sync?: SyncState[] }[], steps?: ArrayLike<number>) {
    const look = (i: number) => {
      for (const s of details[i]?.sync ?? []) {
        let st = this.steps.get(s.id);
        if (!st) {
          st = [];
          this.steps.set(s.id, st);
          this.states.set(s.id, []);
        }
        st.push(i);
        this.states.get(s.id)!.push(s);
      }
    };
    if (steps) for (let j = 0; j < steps.length; j++) look(steps[j]);
    else for (let i = 0; i < details.length; i++) look(i);
  }

  /** Every object seen by step `cursor`, in the order first seen, with its state then. */
  at(cursor: number): SyncState[] {
    const out: SyncState[] = [];
    for (const [id, steps] of this.steps) {
      let lo = 0;
      let hi = steps.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (steps[mid] <= cursor) lo = mid + 1;
        else hi = mid;
      }
      if (lo > 0) out.push(this.states.get(id)![lo - 1]);
    }
    return out.sort((a, b) => a.id - b.id);
  }

  /** The object `task` waits on after step `cursor` (as a waiter or a queue's putter), if any. */
  waitedBy(cursor: number, task: string): SyncState | null {
    for (const s of this.at(cursor)) if (s.waiters.includes(task) || s.putters?.includes(task)) return s;
    return null;
  }
}
