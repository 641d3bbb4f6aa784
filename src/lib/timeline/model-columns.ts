/**
 * The model's long lists as typed columns, for the readers that scan them: the steps' times and
 * slots (the step of a lane nearest a click in pick.ts, the doctor's marks, the step axis's
 * ticks, the cursor of every step) and the idle slots (their bands on the step axis). An
 * unpacked model (unpack-model.ts) makes each step's and idle slot's object only when it is read
 * and lends its packed columns here, so that a scan of 100,000 steps makes no objects; a model
 * built in the same thread has its columns made at the first scan and kept.
 */
import type { IdleSlot, StepInfo } from './model';

interface StepColumns {
  t: Float64Array;
  slot: Float64Array;
}

interface IdleColumns {
  slot: Float64Array;
  from: Float64Array;
  to: Float64Array;
}

/** Keyed by the model's lists (never changed once the model is built). */
const stepsMade = new WeakMap<readonly StepInfo[], StepColumns>();
const idleMade = new WeakMap<readonly IdleSlot[], IdleColumns>();

/** The columns of `steps` (made now, once, if the list was not given any). */
export function stepColumns(steps: readonly StepInfo[]): StepColumns {
  let c = stepsMade.get(steps);
  if (c) return c;
  const n = steps.length;
  c = { t: new Float64Array(n), slot: new Float64Array(n) };
  for (let k = 0; k < n; k++) {
    const s = steps[k];
    c.t[k] = s.t;
    c.slot[k] = s.slot;
  }
  stepsMade.set(steps, c);
  return c;
}

/** The columns of the idle slots `idle` (made now, once, if the list was not given any). */
export function idleColumns(idle: readonly IdleSlot[]): IdleColumns {
  let c = idleMade.get(idle);
  if (c) return c;
  const n = idle.length;
  c = { slot: new Float64Array(n), from: new Float64Array(n), to: new Float64Array(n) };
  for (let i = 0; i < n; i++) {
    const d = idle[i];
    c.slot[i] = d.slot;
    c.from[i] = d.from;
    c.to[i] = d.to;
  }
  idleMade.set(idle, c);
  return c;
}

/** Gives the lists columns made elsewhere (the packed model's own). */
export function adoptModelColumns(lists: {
  steps: readonly StepInfo[];
  stepColumns: StepColumns;
  idle: readonly IdleSlot[];
  idleColumns: IdleColumns;
}): void {
  stepsMade.set(lists.steps, lists.stepColumns);
  idleMade.set(lists.idle, lists.idleColumns);
}

/** The first step starting at time `t` or later (steps.length when none). */
export function firstStepFrom(steps: readonly StepInfo[], t: number): number {
  const c = stepColumns(steps).t;
  let k = 0;
  while (k < c.length && !(c[k] >= t)) k++;
  return k;
}
