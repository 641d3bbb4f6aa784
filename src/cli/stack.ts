/**
 * The CLI runs `run` and `trace` on the main thread's stack, which is enough for most programs and
 * saves starting a worker; a run that ran out of it is run again on a large stack (bin/loopline.js).
 */
import { simulate, type RunOptions, type RunResult } from '../lib/run';
import { RangeErrorGuard } from '../lib/runtime/core';
import { nodeHeapGauge } from './heap-gauge';

/**
 * What `main(..., deepStack = false)` returns, having printed nothing, when the run needs a deeper JS
 * stack than this thread has (or is a drawing command): run it again in a thread with a large stack.
 */
export const NEEDS_DEEP_STACK = -1;

/**
 * `simulate`, noting whether the JS stack ran out anywhere (the interpreter turns that into a
 * RecursionError a program may even catch): on a small stack that can happen before Python's limit.
 */
export function simulateNotingOverflow(
  source: string,
  opts: RunOptions,
  file: string,
): { result: RunResult; overflowed: boolean } {
  const isStackOverflow = RangeErrorGuard.isStackOverflow;
  let overflowed = false;
  RangeErrorGuard.isStackOverflow = (e) => {
    const yes = isStackOverflow(e);
    overflowed ||= yes;
    return yes;
  };
  try {
    const result = simulate(source, { heapGauge: nodeHeapGauge(), ...opts }, file);
    const error = `${result.trace.error ?? ''} ${result.internalError ?? ''}`;
    return { result, overflowed: overflowed || /RecursionError|call stack/.test(error) };
  } finally {
    RangeErrorGuard.isStackOverflow = isStackOverflow;
  }
}
