/**
 * Why a task step ran or a task ended, as structured data (the true cause, not a guess from what
 * the task waited on): the recorder stores one per step and one per ended task.
 */

/** Who did something: a task (at a line of the program), a loop callback, or the top level. */
export interface Actor {
  /** The task running then (null: a loop callback or the program's top level). */
  task: string | null;
  /** The program line that task (or the top level) was running, if known. */
  line: number | null;
  /** The loop callback running then (a handle label such as 'callback Task.cancel()'). */
  callback: string | null;
}

export type Why =
  /** The task's first step. */
  | { kind: 'start' }
  /** It gave up one loop iteration (sleep(0), a bare yield) and came back in turn. */
  | { kind: 'yield' }
  /** A sleep's timer, due at `due`, fired `late` seconds late (a blocking call held the loop). */
  | { kind: 'timer'; due: number; late: number }
  /** Task `name` it waited for (directly, or through gather/wait) ended: result, exception or cancelled. */
  | { kind: 'task'; name: string; outcome: 'result' | 'exception' | 'cancelled'; exc: string | null }
  /**
   * A synchronisation object or future it waited on was completed by `by`: `obj` is what the task
   * waited on ('Event', 'Lock', 'Semaphore', 'Condition', 'Barrier', 'Queue.get', 'Queue.put', 'Future').
   */
  | { kind: 'sync'; obj: string; by: Actor }
  /** `cancel()` called by `by`. */
  | { kind: 'cancel'; by: Actor }
  /** A TaskGroup cancelled its tasks because task `name` raised `exc`. */
  | { kind: 'taskgroup'; name: string; exc: string }
  /** An asyncio.timeout or wait_for deadline (`due`) passed. */
  | { kind: 'timeout'; due: number; waitFor: boolean }
  /** gather() cancelled its children because the gather itself was cancelled (`because`). */
  | { kind: 'gather'; because: Why }
  /** asyncio.run cancelled the tasks still pending when its main coroutine returned. */
  | { kind: 'shutdown' };

/** Why kinds that are a cancellation. */
export function isCancelWhy(w: Why | null | undefined): boolean {
  return (
    !!w &&
    (w.kind === 'cancel' ||
      w.kind === 'taskgroup' ||
      w.kind === 'timeout' ||
      w.kind === 'gather' ||
      w.kind === 'shutdown')
  );
}

/** The task a cause names as its actor (for arrows), if any. */
export function actorTask(w: Why | null | undefined): string | null {
  if (!w) return null;
  if (w.kind === 'cancel' || w.kind === 'sync') return w.by.task;
  if (w.kind === 'gather') return actorTask(w.because);
  if (w.kind === 'taskgroup' || w.kind === 'task') return w.name;
  return null;
}
