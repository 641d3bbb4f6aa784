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
  /** Tasks waiting on it, in order (a queue's getters). */
  waiters: string[];
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
}
