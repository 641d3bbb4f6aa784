/**
 * What 3.14's asyncio call graphs (py/graph.py) read: which futures await a future
 * (`_asyncio_awaited_by`, kept by tasks and gather here and by shield, wait and TaskGroup through
 * future_add_to_awaited_by), and the running task's frames.
 */
import { PyList, PyObject, PySet, frozensetClass, pyError, type PyValue } from '../runtime/core';
import { setKey } from '../runtime/ops';
import { defGetter } from '../runtime/types/util';
import { frameStack } from '../interp/drops';
import { frameObject } from '../interp/frame-objects';
import type { Frame } from '../interp/frame';
import { currentThreadStack } from '../interp/threaded';
import { run } from '../runtime/run';
import { Future, futureClass } from './futures';

/** `waiter` awaits `fut` (futures.future_add_to_awaited_by). */
export function addGraphWaiter(fut: Future, waiter: Future): void {
  const w = fut.graphWaiters;
  if (w === null) fut.graphWaiters = waiter;
  else if (w instanceof Set) w.add(waiter);
  else if (w !== waiter) fut.graphWaiters = new Set([w, waiter]);
}

/** `waiter` no longer awaits `fut` (futures.future_discard_from_awaited_by). */
export function removeGraphWaiter(fut: Future, waiter: Future): void {
  const w = fut.graphWaiters;
  if (w === waiter) fut.graphWaiters = null;
  else if (w instanceof Set) w.delete(waiter);
}

type Def = (name: string, sig: string, fn: (a: PyValue[]) => PyValue) => void;

/**
 * The running task's frames of the program, innermost first, down to its coroutine (where the
 * loop that runs the task's step sits below), each linked to the next as its f_back.
 */
function taskFrames(): PyList {
  const frames: Frame[] = [];
  for (const f of currentThreadStack(run.get(frameStack))) {
    if (f === null) break;
    if (f.code.user) frames.push(f);
  }
  return new PyList(frames.map((f, i) => frameObject(f, frames[i + 1] ?? null)));
}

/** 3.14's names: the awaited-by bookkeeping and the helpers graph.py uses. */
export function installCallGraph(def: Def): void {
  def('future_add_to_awaited_by', '(fut, waiter, /)', ([fut, waiter]) => {
    if (fut instanceof Future && waiter instanceof Future) addGraphWaiter(fut, waiter);
    return null;
  });
  def('future_discard_from_awaited_by', '(fut, waiter, /)', ([fut, waiter]) => {
    if (fut instanceof Future && waiter instanceof Future) removeGraphWaiter(fut, waiter);
    return null;
  });
  def('_graph_frames', '()', () => taskFrames());
  // What kind of code a frame runs: 'coroutine', 'asyncgen', 'generator' or 'function'.
  def('_frame_kind', '(frame, /)', ([f]) => {
    const fr = f instanceof PyObject && f.cls.name === 'frame' ? (f as unknown as { frame: Frame }).frame : null;
    if (fr === null) throw pyError('TypeError', 'a frame is required');
    return fr.code.kind;
  });
}

/** Future._asyncio_awaited_by on 3.14 (a frozenset of the waiters, None when there are none); absent before. */
export function setAwaitedByGetter(on: boolean): void {
  if (!on) {
    futureClass.dict!.delete('_asyncio_awaited_by');
    return;
  }
  defGetter(futureClass, '_asyncio_awaited_by', (self) => {
    const w = (self as Future).graphWaiters;
    if (w === null) return null;
    const set = new PySet(frozensetClass);
    for (const x of w instanceof Set ? w : [w]) set.map.set(setKey(set.map, x), x);
    return set;
  });
}
