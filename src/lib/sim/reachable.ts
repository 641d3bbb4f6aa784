/**
 * What the program can still reach: a mark phase over the simulation's objects, standing in for
 * CPython's reference counts when a finalizer's timing matters. It walks plain fields, arrays,
 * Maps and Sets from the given roots; compiled code, JS generators and closures are opaque, and
 * the fields CPython holds weakly (the loop's set of all tasks and of async generators) are not
 * followed; nor is the frame of a finished generator or coroutine (CPython clears it as it returns,
 * so what its locals held goes although a task still holds the coroutine).
 */
import { PySuspendable } from '../interp/generator';
import { GlobalSite } from '../runtime/global-cache';
import { ShapedDict } from '../runtime/shaped-dict';

/**
 * Fields never followed: compiled code, the JS side of frames and loops, weak references, and the
 * simulator's own back references for explaining causes (a handle's `origin`, a future's
 * `awaitedBy`), which CPython does not hold.
 */
export const OPAQUE = new Set([
  'code',
  'gen',
  'cls',
  'scope',
  'tasks',
  'asyncgens',
  'observer',
  'clock',
  'traceback',
  'origin',
  'awaitedBy',
  // A class's subclasses: CPython's tp_subclasses holds them weakly.
  'subclassList',
]);

export interface Reach {
  /** Every object reached. */
  seen: Set<object>;
  /** How many objects were visited (the caller's budget). */
  visited: number;
}

/**
 * Mark everything reachable from `roots`, stopping after `limit` objects (then `visited > limit`);
 * an object `leaf` says yes to is marked but not looked into.
 */
export function reachable(roots: unknown[], limit: number, leaf?: (o: object) => boolean): Reach {
  const seen = new Set<object>();
  const todo: unknown[] = [...roots];
  let visited = 0;
  while (todo.length) {
    const o = todo.pop();
    if (typeof o !== 'object' || o === null || seen.has(o)) continue;
    // A global-name site's kept value is a cache (runtime/global-cache.ts), not a reference.
    if (o instanceof GlobalSite) continue;
    seen.add(o);
    if (++visited > limit) break;
    if (leaf !== undefined && leaf(o)) continue;
    if (Array.isArray(o)) {
      for (const x of o) if (typeof x === 'object' && x !== null) todo.push(x);
    } else if (o instanceof Map || o instanceof ShapedDict) {
      for (const [k, v] of o) {
        if (typeof k === 'object' && k !== null) todo.push(k);
        if (typeof v === 'object' && v !== null) todo.push(v);
      }
    } else if (o instanceof Set) {
      for (const x of o) if (typeof x === 'object' && x !== null) todo.push(x);
    } else if (!(o instanceof WeakSet || o instanceof WeakMap)) {
      const finished = o instanceof PySuspendable && o.state === 'closed';
      for (const k of Object.keys(o)) {
        if (OPAQUE.has(k) || (finished && k === 'frame')) continue;
        const v = (o as Record<string, unknown>)[k];
        if (typeof v === 'object' && v !== null) todo.push(v);
      }
    }
  }
  return { seen, visited };
}
