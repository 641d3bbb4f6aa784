/**
 * The app's caps on a run. They count the simulation's own work (task steps, operations), never
 * real time, so a program's result is the same on a fast machine, a slow one or a busy one. They
 * are lower than the CLI's so that an endless timer loop stops in a fraction of a second here;
 * "Run further" multiplies them by FURTHER for the program on screen.
 */

/** Task steps before a run is stopped (an endless `while True: await asyncio.sleep(...)`). */
const APP_MAX_STEPS = 25_000;
/** Statements and calls before a run is stopped (a loop that never awaits). */
const APP_MAX_OPERATIONS = 10_000_000;
/** What "Run further" multiplies the caps by. */
export const FURTHER = 10;

export interface RunCaps {
  maxSteps: number;
  maxOperations: number;
}

const APP_CAPS: RunCaps = { maxSteps: APP_MAX_STEPS, maxOperations: APP_MAX_OPERATIONS };

/** The caps after `further` clicks of "Run further", from `base` (the app's, or a `?maxSteps=` query's). */
export function capsAt(further: number, base: RunCaps = APP_CAPS): RunCaps {
  const k = FURTHER ** further;
  return { maxSteps: base.maxSteps * k, maxOperations: base.maxOperations * k };
}
