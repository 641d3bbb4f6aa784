/**
 * Coroutine origin tracking. sys.set_coroutine_origin_tracking_depth(n) (per thread) makes every
 * coroutine created afterwards keep where it was made: its `cr_origin`, up to n frames out from
 * the frame that called the coroutine function, each (filename, line, function name), innermost
 * first; with depth 0 (the default) cr_origin is None. asyncio's debug mode sets 10 while a loop
 * runs, and the never-awaited RuntimeWarning then lists them ("Coroutine created at").
 *
 * Loopline's frame stack holds the program's frames only. An origin that would pass a frame of
 * CPython's library (a loop running the task or callback, a thread's bootstrap, a library function
 * written in Python) is kept as unknown, and refused where it would be shown.
 */
import { PyTuple, pyError, type PyValue } from '../runtime/core';
import { run, RunSlot } from '../runtime/run';
import { frameStack } from './drops';
import type { Frame } from './frame';
import { codeObject, frameObject } from './frame-objects';

/** One frame of an origin: file name, line, function name. */
export type OriginFrame = readonly [file: string, line: number, name: string];
/** A coroutine's origin: its frames, or 'unknown' when it would reach a library frame. */
export type Origin = readonly OriginFrame[] | 'unknown';

/**
 * The running thread's frames, innermost first (null where a loop runs the frames above it), and
 * its own list of frames, which stands for a thread other than the main one; set by
 * interp/threaded.ts.
 */
export const originThread: {
  stack: (stack: readonly (Frame | null)[]) => Iterable<Frame | null>;
  frames: () => object;
} = { stack: (s) => [...s].reverse(), frames: () => originThread };

const MAIN_THREAD = {};
const depths = new RunSlot<WeakMap<object, number>>('coroutine origin depths', () => new WeakMap());

function threadKey(): object {
  return run.inOtherThread ? originThread.frames() : MAIN_THREAD;
}

/** sys.get_coroutine_origin_tracking_depth() of the running thread. */
export function originDepth(): number {
  return run.get(depths).get(threadKey()) ?? 0;
}

/** sys.set_coroutine_origin_tracking_depth(n) for the running thread. */
export function setOriginDepth(n: number): void {
  run.get(depths).set(threadKey(), n);
}

/** The origin of a coroutine created now, `depth` frames out (depth > 0). */
export function captureOrigin(depth: number): Origin {
  const out: OriginFrame[] = [];
  let last: Frame | null = null;
  for (const f of originThread.stack(run.get(frameStack))) {
    if (out.length >= depth) return out;
    if (f === null || !(f.code.user || f.code.file !== undefined)) return 'unknown';
    const code = codeObject(f.code);
    out.push([code.getAttr(code, 'co_filename') as string, frameObject(f, undefined).line(), f.code.name]);
    last = f;
  }
  // Past the outermost frame: nothing called the program's module frame; anything else (a
  // thread's target) CPython's library called.
  if (out.length < depth && (last === null || last.code.name !== '<module>' || !last.code.user)) return 'unknown';
  return out;
}

/** `coro.cr_origin`: None when tracking was off as it was made; refused when unknown. */
export function originValue(origin: Origin | null): PyValue {
  if (origin === null) return null;
  if (origin === 'unknown')
    throw pyError(
      'NotSimulatedError',
      "cr_origin of a coroutine made where its origin passes one of the library's own frames is not simulated in Loopline",
    );
  return new PyTuple(origin.map(([file, line, name]) => new PyTuple([file, BigInt(line), name])));
}
