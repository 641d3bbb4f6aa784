/**
 * The state of every synchronisation object the program uses, after each task step: found through
 * the running task's frames (locals, `self`'s attributes, the module's globals), read from the
 * objects' own fields, and recorded only when it changed. Holders of a Lock or a Semaphore are the
 * simulator's own bookkeeping (CPython does not track them): which task's step took a permit
 * (or had one handed over by a release), and which gave one back. Nothing Python sees changes.
 */
import { PyCell, PyObject, type PyValue } from '../runtime/core';
import { shortRepr } from '../runtime/short-repr';
import { PyDeque } from '../runtime/types/deque';
import { PySuspendable } from '../interp/generator';
import type { SyncState } from '../trace/sync';
import type { Future } from './futures';
import { sameQueueMark, queueView } from './queues';
import type { Task } from './tasks';
import { WaiterCount, type WaiterDeque } from './waiter-count';
import { reprStays } from './same-repr';
import { slotList } from './slot-list';

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
  /** A queue's ends and sizes when `last` was made (see sameQueueMark), or a lock's fields (see sameLockMark): unchanged means `last` still holds. */
  mark: unknown[];
  /** Pending futures in its waiter deque (not for queues: their waiter lists are short arrays). */
  waiters: WaiterCount;
  /** Whether it is a queue (else a lock, an event, a semaphore, a condition or a barrier). */
  queue: boolean;
  /** Bumped by every change of `holders`. */
  holdersVersion: number;
  /** Reprs of the primitive items (ints, strings, ...) of a queue's last recorded state, to reuse. */
  reprs: Map<PyValue, string>;
}

function field(o: PyValue | undefined, name: string): PyValue | undefined {
  return o instanceof PyObject && o.dict ? o.dict.get(name) : undefined;
}

const dequeViews = new WeakMap<PyDeque, WaiterDeque>();

/**
 * A deque's items as a WaiterDeque reads them (items[head..], its change counter), one view per
 * deque so that WaiterCount follows it from step to step; the array is remade after each change.
 */
function dequeView(d: PyDeque): WaiterDeque {
  let view = dequeViews.get(d);
  if (view === undefined) {
    let items: PyValue[] = [];
    let seen = -1;
    view = {
      get items() {
        if (seen !== d.state) {
          items = d.live();
          seen = d.state;
        }
        return items;
      },
      head: 0,
      get state() {
        return d.state;
      },
    };
    dequeViews.set(d, view);
  }
  return view;
}

/** A deque (or a list) as the runtime keeps it, or null for None and anything else. */
function dequeOf(d: PyValue | undefined): WaiterDeque | null {
  if (d instanceof PyDeque) return dequeView(d);
  if (!(d instanceof PyObject)) return null;
  const q = d as unknown as { items?: PyValue[]; head?: number };
  return Array.isArray(q.items)
    ? typeof q.head === 'number'
      ? (q as WaiterDeque)
      : { items: q.items, head: 0 }
    : null;
}

/** Waiters shown by name per object (the count is always exact). */
const WAITERS_SHOWN = 16;

/** Names gathered for a state before they are copied at their final size (see kept). */
const scratchNames: string[] = [];

/**
 * `scratchNames[0..n]` as an array to keep in a state: `prev` itself when it holds the same names
 * (consecutive states mostly share their waiters), else a copy at its final size (an array grown
 * by push from empty reserves 17 slots, and every recorded state keeps these).
 */
function kept(n: number, prev: string[] | undefined): string[] {
  let same = prev !== undefined && prev.length === n;
  for (let i = 0; same && i < n; i++) same = prev![i] === scratchNames[i];
  const out = same ? prev! : scratchNames.slice(0, n);
  scratchNames.fill('', 0, n);
  return out;
}

/** The tasks still waiting on a queue's futures `arr[from..]`: the first WAITERS_SHOWN names (`prev` if the same) and how many more. */
function pending(arr: PyValue[], from: number, prev: string[] | undefined): { names: string[]; more: number } {
  let n = 0;
  let more = 0;
  for (let i = from; i < arr.length; i++) {
    const f = arr[i] as Future;
    if (f.done()) continue;
    if (n < WAITERS_SHOWN) scratchNames[n++] = f.awaitedBy?.name ?? '?';
    else more++;
  }
  return { names: kept(n, prev), more };
}

/** The names of the first WAITERS_SHOWN tasks still waiting on deque `dq`'s futures (walks no further; `prev` if the same). */
function firstWaiters(dq: WaiterDeque | null, prev: string[] | undefined): string[] {
  let n = 0;
  if (dq !== null) {
    const { items } = dq;
    for (let i = dq.head; i < items.length && n < WAITERS_SHOWN; i++) {
      const f = items[i] as Future;
      if (!f.done()) scratchNames[n++] = f.awaitedBy?.name ?? '?';
    }
  }
  return kept(n, prev);
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

/** The states changed in a step, gathered before they are copied at their final size. */
const scratchStates: SyncState[] = [];

export class SyncTracker {
  private entries: Entry[] = [];
  private byObject = new Map<PyObject, Entry>();

  /** Before task `t`'s step: remember what the holder bookkeeping compares with. */
  stepStart(): void {
    for (const e of this.entries) {
      e.v0 = this.valueOf(e);
      if (e.kind !== 'Semaphore' && e.kind !== 'BoundedSemaphore') continue;
      // A step's releases hand permits to waiters from the front: at most as many as there are permits.
      e.waiting0.length = 0;
      const dq = dequeOf(field(e.o, '_waiters'));
      if (dq === null) continue;
      const { items } = dq;
      for (let i = dq.head; i < items.length && e.waiting0.length <= e.initial; i++) {
        const f = items[i] as Future;
        if (!f.done()) e.waiting0.push(f);
      }
    }
  }

  /** Future `f` completed (the waiter counts follow their futures). */
  futureDone(f: Future): void {
    for (const e of this.entries) e.waiters.completed(f);
  }

  /** After task `t`'s step: the objects whose state changed (undefined when none did). */
  stepEnd(t: Task): SyncState[] | undefined {
    this.discover(t);
    if (this.entries.length === 0) return undefined;
    let n = 0;
    for (const e of this.entries) {
      this.bookkeep(e, t);
      if (sameQueueMark(e.o, e.mark) || this.sameLockMark(e)) continue;
      const s = this.stateOf(e);
      if (e.last !== null && sameState(s, e.last)) continue;
      e.last = s;
      scratchStates[n++] = s;
    }
    if (n === 0) return undefined;
    // At its final size: every step that changed a state keeps one.
    const out = scratchStates.slice(0, n);
    scratchStates.fill(undefined as unknown as SyncState, 0, n);
    return out;
  }

  private discover(t: Task): void {
    let o: PyValue = t.coro;
    for (let guard = 0; o instanceof PySuspendable && guard < 10000; guard++) {
      const fr = o.frame;
      if (!fr) break;
      if (fr.code.user) {
        const list = slotList(fr.code.scope.slots);
        for (let j = 0; j < list.names.length; j++) {
          let v = fr.locals[list.slots[j]];
          if (v instanceof PyCell) v = v.v;
          if (!(v instanceof PyObject)) continue;
          const name = list.names[j];
          this.consider(v, name);
          if (v.dict && !isSyncObject(v))
            v.dict.forEach((x, k) => {
              if (this.isNew(x)) this.consider(x as PyObject, `${name}.${k}`);
            });
        }
        fr.globals.forEach((v, name) => {
          if (this.isNew(v)) this.consider(v as PyObject, name);
        });
      }
      o = fr.awaiting;
    }
  }

  /** Whether `v` is a synchronisation object not tracked yet (checked before its name is made: this runs for every attribute after every step). */
  private isNew(v: PyValue): boolean {
    return v instanceof PyObject && !this.byObject.has(v) && isSyncObject(v);
  }

  private consider(v: PyObject, name: string): void {
    if (!this.isNew(v)) return;
    const q = queueView(v, 0);
    const kind = q?.kind ?? v.cls.name;
    const e: Entry = {
      queue: q !== null,
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
      waiters: new WaiterCount(),
      holdersVersion: 0,
      reprs: new Map(),
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

  private waiterDeque(e: Entry): WaiterDeque | null {
    if (e.kind === 'Barrier') return dequeOf(field(field(e.o, '_cond'), '_waiters'));
    return dequeOf(field(e.o, '_waiters'));
  }

  /**
   * Whether a lock, event, semaphore, condition or barrier reads as when `e.last` was made, from
   * its fields, its waiter deque's change counter and pending count, and its holders: then its
   * state is not made again. `e.mark` is updated in place when it changed.
   */
  private sameLockMark(e: Entry): boolean {
    if (e.queue) return false;
    const dq = this.waiterDeque(e);
    const mark = e.mark;
    const m0 = dq;
    const m1 = dq === null ? -1 : (dq.state ?? NaN);
    const m2 = e.waiters.update(dq);
    const m3 = field(e.o, '_value');
    const m4 = e.kind === 'Condition' ? field(this.lockOf(e), '_locked') : field(e.o, '_locked');
    const m5 = e.owner;
    const m6 = e.holdersVersion;
    const m7 = e.kind === 'Barrier' ? field(e.o, '_count') : null;
    const m8 = e.kind === 'Barrier' ? field(e.o, '_state') : null;
    const m9 = e.kind === 'Barrier' ? field(e.o, '_parties') : null;
    if (
      mark.length === 10 &&
      mark[0] === m0 &&
      mark[1] === m1 &&
      mark[2] === m2 &&
      mark[3] === m3 &&
      mark[4] === m4 &&
      mark[5] === m5 &&
      mark[6] === m6 &&
      mark[7] === m7 &&
      mark[8] === m8 &&
      mark[9] === m9
    )
      return true;
    mark.length = 10;
    mark[0] = m0;
    mark[1] = m1;
    mark[2] = m2;
    mark[3] = m3;
    mark[4] = m4;
    mark[5] = m5;
    mark[6] = m6;
    mark[7] = m7;
    mark[8] = m8;
    mark[9] = m9;
    return false;
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
      if (handed > 0 || (typeof v1 === 'number' && v1 < e.initial)) e.holdersVersion++;
      return;
    }
    const net = v1 - v0 + handed;
    for (let k = 0; k < -net; k++) e.holders.push(t.name);
    for (let k = 0; k < net; k++) {
      const i = e.holders.indexOf(t.name);
      if (i >= 0) e.holders.splice(i, 1);
      else e.holders.shift();
    }
    if (handed > 0 || net !== 0) e.holdersVersion++;
  }

  /** The reprs of a queue's items, reusing those of its last state for ints, strings and the like. */
  private itemReprs(e: Entry, items: PyValue[]): string[] {
    const before = e.reprs;
    const now = new Map<PyValue, string>();
    const out = items.map((v) => {
      if (!reprStays(v)) return shortRepr(v, REPR_MAX);
      let r = before.get(v);
      if (r === undefined) r = shortRepr(v, REPR_MAX);
      now.set(v, r);
      return r;
    });
    e.reprs = now;
    return out;
  }

  private stateOf(e: Entry): SyncState {
    const { id, kind, name } = e;
    const last = e.last ?? undefined;
    const q = queueView(e.o, ITEMS_SHOWN);
    if (q) {
      const g = pending(q.getters, 0, last?.waiters);
      const p = pending(q.putters, 0, last?.putters);
      const s: SyncState = { id, kind, name, waiters: g.names };
      if (g.more) s.more = g.more;
      s.putters = p.names;
      if (p.more) s.morePutters = p.more;
      s.items = this.itemReprs(e, q.items);
      s.size = q.size;
      s.maxsize = q.maxsize;
      return s;
    }
    const waiters = firstWaiters(this.waiterDeque(e), last?.waiters);
    const more = e.waiters.pending - waiters.length;
    // The same key order as ever (more before waiters): states are compared as JSON.
    const s = (more ? { id, kind, name, more, waiters } : { id, kind, name, waiters }) as SyncState;
    switch (e.kind) {
      case 'Lock':
      case 'Condition':
        s.locked = this.valueOf(e) === true;
        s.owner = e.owner;
        return s;
      case 'Semaphore':
      case 'BoundedSemaphore':
        s.free = num(field(e.o, '_value'));
        s.initial = e.initial;
        s.holders = [...e.holders];
        return s;
      case 'Event':
        s.flag = field(e.o, '_value') === true;
        return s;
      default: {
        const st = field(e.o, '_state');
        s.parties = num(field(e.o, '_parties'));
        s.count = num(field(e.o, '_count'));
        s.state = typeof st === 'string' ? st : '?';
        return s;
      }
    }
  }
}
