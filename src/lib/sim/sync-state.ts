/**
 * The state of every synchronisation object the program uses, after each task step: found through
 * the running task's frames (locals, `self`'s attributes, the module's globals), read from the
 * objects' own fields, and recorded only when it changed. Holders of a Lock or a Semaphore are the
 * simulator's own bookkeeping (CPython does not track them): which task's step took a permit
 * (or had one handed over by a release), and which gave one back. Nothing Python sees changes.
 */
import { PyCell, PyObject, type PyValue } from '../runtime/core';
import { shortRepr } from '../runtime/short-repr';
import { PySuspendable } from '../interp/generator';
import type { SyncState } from '../trace/sync';
import type { Future } from './futures';
import { sameQueueMark, queueView } from './queues';
import type { Task } from './tasks';

const LOCK_KINDS = new Set(['Lock', 'Event', 'Semaphore', 'BoundedSemaphore', 'Condition', 'Barrier']);
/** Queue items shown per queue (the size is always exact). */
const ITEMS_SHOWN = 8;
const REPR_MAX = 24;

interface Entry {
  o: PyObject;
  id: number;
  name: string;
  kind: string;
  initial: number;
  holders: string[];
  owner: string | null;
  /** At the running step's start: value / locked flag and the waiter futures still pending. */
  v0: number | boolean | null;
  waiting0: Future[];
  /** The state last recorded (null: none yet). */
  last: SyncState | null;
  /** A queue's ends and sizes when `last` was made (see sameQueueMark): unchanged means `last` still holds. */
  mark: unknown[];
}

function field(o: PyValue | undefined, name: string): PyValue | undefined {
  return o instanceof PyObject && o.dict ? o.dict.get(name) : undefined;
}

/** The live part of a deque (or None), without copying: its array and the index of its first item. */
function dequeOf(d: PyValue | undefined): [PyValue[], number] {
  if (!(d instanceof PyObject)) return [[], 0];
  const q = d as unknown as { items?: PyValue[]; head?: number };
  return Array.isArray(q.items) ? [q.items, q.head ?? 0] : [[], 0];
}

/** Waiters shown by name per object (the count is always exact). */
const WAITERS_SHOWN = 16;

/** The tasks still waiting on futures `arr[from..]`: the first WAITERS_SHOWN names and how many more. */
function pending(arr: PyValue[], from: number): { names: string[]; more: number } {
  const names: string[] = [];
  let more = 0;
  for (let i = from; i < arr.length; i++) {
    const f = arr[i] as Future;
    if (f.done()) continue;
    if (names.length < WAITERS_SHOWN) names.push(f.awaitedBy?.name ?? '?');
    else more++;
  }
  return { names, more };
}

function num(v: PyValue | undefined): number {
  return typeof v === 'bigint' ? Number(v) : typeof v === 'number' ? v : 0;
}

/** Whether two states of one object read the same (as their JSON would: arrays by their items). */
function sameState(a: SyncState, b: SyncState): boolean {
  const x = a as unknown as Record<string, unknown>;
  const y = b as unknown as Record<string, unknown>;
  let n = 0;
  for (const k in x) {
    const u = x[k];
    const v = y[k];
    if (u === undefined) continue;
    n++;
    if (u === v) continue;
    if (!Array.isArray(u) || !Array.isArray(v) || u.length !== v.length) return false;
    for (let i = 0; i < u.length; i++) if (u[i] !== v[i]) return false;
  }
  for (const k in y) if (y[k] !== undefined) n--;
  return n === 0;
}

function isSyncObject(v: PyValue): boolean {
  if (!(v instanceof PyObject)) return false;
  if (LOCK_KINDS.has(v.cls.name) && v.cls.module === 'asyncio.locks') return true;
  return queueView(v, 0) !== null;
}

export class SyncTracker {
  private entries: Entry[] = [];
  private byObject = new Map<PyObject, Entry>();

  /** Before task `t`'s step: remember what the holder bookkeeping compares with. */
  stepStart(): void {
    for (const e of this.entries) {
      e.v0 = this.valueOf(e);
      if (e.kind !== 'Semaphore' && e.kind !== 'BoundedSemaphore') continue;
      // A step's releases hand permits to waiters from the front: at most as many as there are permits.
      e.waiting0 = [];
      const [arr, from] = dequeOf(field(e.o, '_waiters'));
      for (let i = from; i < arr.length && e.waiting0.length <= e.initial; i++) {
        const f = arr[i] as Future;
        if (!f.done()) e.waiting0.push(f);
      }
    }
  }

  /** After task `t`'s step: the objects whose state changed (undefined when none did). */
  stepEnd(t: Task): SyncState[] | undefined {
    this.discover(t);
    if (this.entries.length === 0) return undefined;
    let out: SyncState[] | undefined;
    for (const e of this.entries) {
      this.bookkeep(e, t);
      if (sameQueueMark(e.o, e.mark)) continue;
      const s = this.stateOf(e);
      if (e.last !== null && sameState(s, e.last)) continue;
      e.last = s;
      (out ??= []).push(s);
    }
    return out;
  }

  private discover(t: Task): void {
    let o: PyValue = t.coro;
    for (let guard = 0; o instanceof PySuspendable && guard < 10000; guard++) {
      const fr = o.frame;
      if (!fr) break;
      if (fr.code.user) {
        for (const [name, slot] of fr.code.scope.slots) {
          let v = fr.locals[slot];
          if (v instanceof PyCell) v = v.v;
          if (v === undefined) continue;
          this.consider(v, name);
          if (v instanceof PyObject && v.dict && !isSyncObject(v))
            for (const [k, x] of v.dict) if (x instanceof PyObject) this.consider(x, `${name}.${k}`);
        }
        for (const [name, v] of fr.globals) if (v instanceof PyObject) this.consider(v, name);
      }
      o = fr.awaiting;
    }
  }

  private consider(v: PyValue, name: string): void {
    if (!(v instanceof PyObject) || this.byObject.has(v) || !isSyncObject(v)) return;
    const kind = queueView(v, 0)?.kind ?? v.cls.name;
    const e: Entry = {
      o: v,
      id: this.entries.length + 1,
      name,
      kind,
      initial: 0,
      holders: [],
      owner: null,
      v0: null,
      waiting0: [],
      last: null,
      mark: [],
    };
    if (kind === 'Semaphore' || kind === 'BoundedSemaphore') {
      e.initial = kind === 'BoundedSemaphore' ? num(field(v, '_bound_value')) : num(field(v, '_value'));
    }
    this.entries.push(e);
    this.byObject.set(v, e);
  }

  private lockOf(e: Entry): PyValue | undefined {
    return e.kind === 'Condition' ? field(e.o, '_lock') : e.o;
  }

  private valueOf(e: Entry): number | boolean | null {
    if (e.kind === 'Semaphore' || e.kind === 'BoundedSemaphore') return num(field(e.o, '_value'));
    if (e.kind === 'Lock' || e.kind === 'Condition') return field(this.lockOf(e), '_locked') === true;
    return null;
  }

  private waiterDeque(e: Entry): [PyValue[], number] {
    if (e.kind === 'Barrier') return dequeOf(field(field(e.o, '_cond'), '_waiters'));
    return dequeOf(field(e.o, '_waiters'));
  }

  /** Who holds it now, from what changed in task `t`'s step. */
  private bookkeep(e: Entry, t: Task): void {
    const v1 = this.valueOf(e);
    const v0 = e.v0;
    e.v0 = v1;
    if (e.kind === 'Lock' || e.kind === 'Condition') {
      if (v1 === true && v0 !== true) e.owner = t.name;
      else if (v1 !== true) e.owner = null;
      return;
    }
    if (e.kind !== 'Semaphore' && e.kind !== 'BoundedSemaphore') return;
    // Waiters handed a permit by a release in this step (CPython 3.13 takes it for them in _wake_up_next).
    let handed = 0;
    for (const f of e.waiting0) {
      if (f.done() && !f.cancelled()) {
        handed++;
        const name = f.awaitedBy?.name;
        if (name) e.holders.push(name);
      }
    }
    if (typeof v0 !== 'number' || typeof v1 !== 'number') {
      // First seen in this step: permits already taken count as this task's.
      if (typeof v1 === 'number') for (let k = v1; k < e.initial; k++) e.holders.push(t.name);
      return;
    }
    const net = v1 - v0 + handed;
    for (let k = 0; k < -net; k++) e.holders.push(t.name);
    for (let k = 0; k < net; k++) {
      const i = e.holders.indexOf(t.name);
      if (i >= 0) e.holders.splice(i, 1);
      else e.holders.shift();
    }
  }

  private stateOf(e: Entry): SyncState {
    const base: Omit<SyncState, 'waiters'> = { id: e.id, kind: e.kind, name: e.name };
    const q = queueView(e.o, ITEMS_SHOWN);
    if (q) {
      const g = pending(q.getters, 0);
      const p = pending(q.putters, 0);
      return {
        ...base,
        waiters: g.names,
        ...(g.more ? { more: g.more } : {}),
        putters: p.names,
        ...(p.more ? { morePutters: p.more } : {}),
        items: q.items.map((v) => shortRepr(v, REPR_MAX)),
        size: q.size,
        maxsize: q.maxsize,
      };
    }
    const w = pending(...this.waiterDeque(e));
    const waiters = w.names;
    if (w.more) base.more = w.more;
    switch (e.kind) {
      case 'Lock':
      case 'Condition':
        return { ...base, waiters, locked: this.valueOf(e) === true, owner: e.owner };
      case 'Semaphore':
      case 'BoundedSemaphore':
        return { ...base, waiters, free: num(field(e.o, '_value')), initial: e.initial, holders: [...e.holders] };
      case 'Event':
        return { ...base, waiters, flag: field(e.o, '_value') === true };
      default: {
        const st = field(e.o, '_state');
        return {
          ...base,
          waiters,
          parties: num(field(e.o, '_parties')),
          count: num(field(e.o, '_count')),
          state: typeof st === 'string' ? st : '?',
        };
      }
    }
  }
}
