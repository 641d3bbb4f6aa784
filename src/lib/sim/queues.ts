/**
 * asyncio.Queue, PriorityQueue and LifoQueue natively (Lib/asyncio/queues.py, step for step:
 * the same futures are created, awaited and woken in the same order), because queues carry the
 * heavy traffic of producer/consumer programs.
 */
import {
  PyObject,
  PyClass,
  PyNativeMethod,
  PyList,
  addressOf,
  builtinClass,
  defMethod,
  pyError,
  typeOf,
  type PyExc,
  type PyValue,
  type KwArgs,
} from '../runtime/core';
import { defNativeMethod } from '../runtime/native';
import { FRAMES, addLibraryFrames, leftLibraryFrame } from '../interp/library-frames';
import { signature } from '../runtime/signature';
import {
  call,
  callMethodByName,
  getattr,
  getattrOpt,
  iterToArray,
  len,
  order,
  truthy,
  repr,
  toIndex,
} from '../runtime/ops';
import { dequeClass } from '../runtime/types/deque';
import { run } from '../runtime/run';
import { since } from '../runtime/since';
import { tooManyDigits } from '../py/format/int-digits';
import { Future, newLoopFuture } from './futures';
import type { EventLoop } from './base_events';
import { nativeCoroutine, taskContext } from './tasks';
import type { Body } from '../interp/generator';

type Kind = 'fifo' | 'priority' | 'lifo';

const queueClass = builtinClass('Queue');
queueClass.module = 'asyncio.queues';
const priorityQueueClass = builtinClass('PriorityQueue', queueClass);
priorityQueueClass.module = 'asyncio.queues';
const lifoQueueClass = builtinClass('LifoQueue', queueClass);
lifoQueueClass.module = 'asyncio.queues';

/** heapq.heappush on an array. */
function heapPush(h: PyValue[], item: PyValue): void {
  h.push(item);
  let pos = h.length - 1;
  while (pos > 0) {
    const parent = (pos - 1) >> 1;
    if (truthy(order('<', item, h[parent]))) {
      h[pos] = h[parent];
      pos = parent;
      continue;
    }
    break;
  }
  h[pos] = item;
}

/** heapq.heappop on a non-empty array. */
function heapPop(h: PyValue[]): PyValue {
  const last = h.pop()!;
  if (h.length === 0) return last;
  const ret = h[0];
  let pos = 0;
  const n = h.length;
  let child = 1;
  while (child < n) {
    const right = child + 1;
    if (right < n && !truthy(order('<', h[child], h[right]))) child = right;
    h[pos] = h[child];
    pos = child;
    child = 2 * pos + 1;
  }
  while (pos > 0) {
    const parent = (pos - 1) >> 1;
    if (truthy(order('<', last, h[parent]))) {
      h[pos] = h[parent];
      pos = parent;
      continue;
    }
    break;
  }
  h[pos] = last;
  return ret;
}

/** The storage hooks of queues.py a subclass may override. */
const HOOKS = ['_init', '_put', '_get'];

/** Whether a class of the program between `cls` and the asyncio queue classes defines one of the hooks. */
function overridesHooks(cls: PyClass): boolean {
  return cls.mro.some((c) => !c.isBuiltin && c.dict !== null && HOOKS.some((h) => c.dict!.has(h)));
}

class PyQueue extends PyObject {
  maxsize = 0;
  items: PyValue[] = [];
  head = 0;
  getters: Future[] = [];
  putters: Future[] = [];
  unfinished = 0;
  /** The `_finished` Event: set when every put item was marked done. */
  finished = true;
  finishedWaiters: Future[] = [];
  isShutdown = false;
  /** The loop it first waited on (asyncio's _LoopBoundMixin): the only one its get/put may wait on. */
  boundLoop: EventLoop | null = null;
  kind: Kind;
  /**
   * Whether the items live in the program's `_queue` container, put and taken through `_put`/`_get`
   * and counted with `len(self._queue)`, as queues.py does it: from the start for a subclass that
   * overrides one of those hooks, and from the moment the program reads `q._queue` (which it may
   * change: `q._queue.clear()`). Else (hooked false) the items are the native array above.
   */
  hooked: boolean;
  /** `_queue` of a queue without an instance dict (a plain Queue whose `_queue` was read). */
  store: PyValue | undefined = undefined;
  constructor(cls: PyClass) {
    super(cls, cls.isBuiltin ? null : new Map());
    this.kind = cls.isSubclassOf(priorityQueueClass) ? 'priority' : cls.isSubclassOf(lifoQueueClass) ? 'lifo' : 'fifo';
    this.hooked = !cls.isBuiltin && overridesHooks(cls);
  }
  qsize(): number {
    if (this.hooked) return len(getattr(this, '_queue'));
    return this.items.length - this.head;
  }
  getAttr(_o: PyObject, name: string): PyValue | undefined {
    switch (name) {
      case 'maxsize':
      case '_maxsize':
        return BigInt(this.maxsize);
      case '_unfinished_tasks':
        return BigInt(this.unfinished);
      case '_queue':
        if (!this.hooked) this.adopt();
        return this.store;
      case '_is_shutdown':
        return run.minor >= 13 ? this.isShutdown : undefined;
      case '_getters':
      case '_putters':
      case '_finished':
        throw pyError('NotSimulatedError', `asyncio.Queue.${name} is not simulated in Loopline`);
    }
    return undefined;
  }
  /** `self._queue = v` as the hooks do it: the instance dict, else `store`. */
  setStore(v: PyValue): void {
    if (this.dict !== null) this.dict.set('_queue', v);
    else this.store = v;
  }
  /** Hands the items over to a `_queue` container of queues.py's type (deque; list for a heap or stack). */
  private adopt(): void {
    const live = this.items.slice(this.head);
    this.items = [];
    this.head = 0;
    this.hooked = true;
    this.setStore(this.kind === 'fifo' ? call(dequeClass, [new PyList(live)], null) : new PyList(live));
  }
  full(): boolean {
    return this.maxsize > 0 && this.qsize() >= this.maxsize;
  }
  private push(item: PyValue): void {
    if (this.hooked) callMethodByName(this, '_put', [item]);
    else if (this.kind !== 'priority') this.items.push(item);
    else heapPush(this.items, item);
  }
  private take(): PyValue {
    if (this.hooked) return callMethodByName(this, '_get', []);
    if (this.kind === 'lifo') return this.items.pop()!;
    if (this.kind === 'fifo') {
      const v = this.items[this.head];
      this.items[this.head++] = null;
      if (this.head > 64 && this.head * 2 > this.items.length) {
        this.items = this.items.slice(this.head);
        this.head = 0;
      }
      return v;
    }
    return heapPop(this.items);
  }
  static wakeupNext(waiters: Future[]): void {
    while (waiters.length) {
      const w = waiters.shift()!;
      if (!w.done()) {
        w.setResult(null);
        break;
      }
    }
  }
  putNowait(item: PyValue): void {
    if (this.isShutdown) throw pyError('QueueShutDown');
    if (this.full()) throw pyError('QueueFull');
    this.push(item);
    this.unfinished++;
    this.finished = false;
    PyQueue.wakeupNext(this.getters);
  }
  getNowait(): PyValue {
    if (this.qsize() === 0) {
      if (this.isShutdown) throw pyError('QueueShutDown');
      throw pyError('QueueEmpty');
    }
    const item = this.take();
    PyQueue.wakeupNext(this.putters);
    return item;
  }
  taskDone(): void {
    if (this.unfinished <= 0) throw pyError('ValueError', 'task_done() called too many times');
    this.unfinished--;
    if (this.unfinished === 0) this.setFinished();
  }
  private setFinished(): void {
    if (this.finished) return;
    this.finished = true;
    for (const f of this.finishedWaiters) if (!f.done()) f.setResult(true);
  }
  *join(): Body {
    if (this.unfinished > 0 && !this.finished) {
      // Event.wait on `_finished`
      const fut = newLoopFuture(queueLoop());
      fut.waitLabel = 'Queue';
      fut.waitOp = 'Queue.join';
      this.finishedWaiters.push(fut);
      try {
        yield* fut.awaitIter();
      } finally {
        const i = this.finishedWaiters.indexOf(fut);
        if (i >= 0) this.finishedWaiters.splice(i, 1);
      }
    }
    return null;
  }
  shutdown(immediate: boolean): void {
    this.isShutdown = true;
    if (immediate) {
      while (this.qsize() > 0) {
        this.take();
        if (this.unfinished > 0) this.unfinished--;
      }
      if (this.unfinished === 0) this.setFinished();
    }
    while (this.getters.length) {
      const g = this.getters.shift()!;
      if (!g.done()) g.setResult(null);
    }
    while (this.putters.length) {
      const p = this.putters.shift()!;
      if (!p.done()) p.setResult(null);
    }
  }
}

/** The loop a queue's futures belong to (mixins._LoopBoundMixin._get_loop): the running one, else the current one. */
function queueLoop(): EventLoop {
  const ctx = run.get(taskContext);
  return ctx.runningLoop ?? ctx.getEventLoop();
}

const QUEUE_INIT_SIG = signature('__init__', 'def (self, maxsize=0)', 'Queue.__init__');

function initQueue(q: PyQueue, args: PyValue[], kw: KwArgs): void {
  const [maxsize] = QUEUE_INIT_SIG.bind(args, kw);
  q.maxsize = Number(toIndex(maxsize));
  if (q.hooked) callMethodByName(q, '_init', [maxsize]);
}

for (const c of [queueClass, priorityQueueClass, lifoQueueClass]) {
  c.slots.call = (cls, args, kw) => {
    const q = new PyQueue(cls);
    initQueue(q, args, kw);
    return q;
  };
  c.slots.alloc = (cls) => new PyQueue(cls);
}
defMethod(queueClass, '__init__', (self, args, kw) => (initQueue(self as PyQueue, args, kw), null));
// inspect.signature(asyncio.Queue): CPython's Python __init__.
(queueClass.dict!.get('__init__') as PyNativeMethod).pySig = '(self, maxsize=0)';

/** Puts the queue classes into the asyncio module's namespace. */
export function installQueues(m: Map<string, PyValue>): void {
  m.set('Queue', queueClass);
  m.set('PriorityQueue', priorityQueueClass);
  m.set('LifoQueue', lifoQueueClass);
}

const Q = (v: PyValue) => v as PyQueue;

// queues.py's storage hooks, for a subclass that overrides some of them (or calls them through super()).
defNativeMethod(queueClass, '_init', 'def (self, maxsize)', (self) => {
  Q(self).setStore(call(dequeClass, [], null));
  return null;
});
defNativeMethod(queueClass, '_put', 'def (self, item)', (self, [item]) =>
  callMethodByName(getattr(self, '_queue'), 'append', [item]),
);
defNativeMethod(queueClass, '_get', 'def (self)', (self) => callMethodByName(getattr(self, '_queue'), 'popleft', []));
for (const c of [priorityQueueClass, lifoQueueClass]) {
  defNativeMethod(c, '_init', 'def (self, maxsize)', (self) => (Q(self).setStore(new PyList([])), null));
}
defNativeMethod(lifoQueueClass, '_put', 'def (self, item)', (self, [item]) =>
  callMethodByName(getattr(self, '_queue'), 'append', [item]),
);
defNativeMethod(lifoQueueClass, '_get', 'def (self)', (self) => callMethodByName(getattr(self, '_queue'), 'pop', []));
/** The `_queue` heap a priority queue's hooks work on (heapq's functions want a list). */
function heapOf(self: PyValue): PyValue[] {
  const h = getattr(self, '_queue');
  if (!(h instanceof PyList)) throw pyError('TypeError', 'heap argument must be a list');
  return h.items;
}
defNativeMethod(priorityQueueClass, '_put', 'def (self, item)', (self, [item]) => (heapPush(heapOf(self), item), null));
defNativeMethod(priorityQueueClass, '_get', 'def (self)', (self) => {
  const h = heapOf(self);
  if (h.length === 0) throw pyError('IndexError', 'index out of range');
  return heapPop(h);
});
const nativeMethodOf = (cls: PyClass, name: string) => cls.dict!.get(name) as PyNativeMethod;
defNativeMethod(queueClass, 'qsize', 'def (self)', (self) => BigInt(Q(self).qsize()));
defNativeMethod(queueClass, 'empty', 'def (self)', (self) => Q(self).qsize() === 0);
defNativeMethod(queueClass, 'full', 'def (self)', (self) => Q(self).full());
/** QueueFull or QueueEmpty as the program's own put_nowait/get_nowait call raises it: from queues.py's frame. */
function raisedIn(cls: string, frame: 'Queue.put_nowait.full' | 'Queue.get_nowait.empty'): PyExc {
  const e = pyError(cls);
  leftLibraryFrame(e.exc, frame, true);
  return e;
}
defNativeMethod(queueClass, 'put_nowait', 'def (self, item)', (self, [item]) => {
  const q = Q(self);
  if (!q.isShutdown && q.full()) throw raisedIn('QueueFull', 'Queue.put_nowait.full');
  q.putNowait(item);
  return null;
});
defNativeMethod(queueClass, 'get_nowait', 'def (self)', (self) => {
  const q = Q(self);
  if (!q.isShutdown && q.qsize() === 0) throw raisedIn('QueueEmpty', 'Queue.get_nowait.empty');
  return q.getNowait();
});
defNativeMethod(queueClass, 'put', 'def (self, item)', (self, [item]) =>
  queueCoroutine('Queue.put', queueOp(Q(self), true, item)),
);
defNativeMethod(queueClass, 'get', 'def (self)', (self) => queueCoroutine('Queue.get', queueOp(Q(self), false, null)));
// `await q.put(x)` / `await q.get()` that finish at once make no coroutine (see NativeAwaitNow):
// only for the plain FIFO and LIFO classes (a priority queue compares items with user code).
const plainQueue = (o: PyObject): o is PyQueue => o.cls === queueClass || o.cls === lifoQueueClass;
nativeMethodOf(queueClass, 'put').awaitNow = {
  ready: (o, n) => n === 1 && plainQueue(o) && !o.isShutdown && !o.full(),
  now: (o, item) => ((o as PyQueue).putNowait(item), null),
};
nativeMethodOf(queueClass, 'get').awaitNow = {
  ready: (o, n) => n === 0 && plainQueue(o) && o.qsize() > 0,
  now: (o) => (o as PyQueue).getNowait(),
};
defNativeMethod(queueClass, 'join', 'def (self)', (self) => queueCoroutine('Queue.join', Q(self).join()));
defNativeMethod(queueClass, 'task_done', 'def (self)', (self) => (Q(self).taskDone(), null));
defNativeMethod(queueClass, 'shutdown', 'def (self, immediate=False)', (self, [immediate]) => {
  Q(self).shutdown(truthy(immediate));
  return null;
});
since(13, queueClass, 'shutdown');
/** Queue._format: what a queue's repr and str show of its state (items, waiters, unfinished tasks). */
function formatQueue(q: PyQueue): string {
  let s = `maxsize=${repr(BigInt(q.maxsize))}`;
  if (q.hooked) {
    const items = getattrOpt(q, '_queue');
    if (items !== undefined && truthy(items)) s += ` _queue=${repr(new PyList(iterToArray(items)))}`;
  } else if (q.qsize() > 0) s += ` _queue=${repr(new PyList(q.items.slice(q.head)))}`;
  return s + formatQueueRest(q);
}

/** What Queue._format shows after the items: waiters, unfinished tasks, shut down. */
function formatQueueRest(q: PyQueue): string {
  let s = '';
  if (q.getters.length) s += ` _getters[${q.getters.length}]`;
  if (q.putters.length) s += ` _putters[${q.putters.length}]`;
  if (q.unfinished) s += ` tasks=${q.unfinished}`;
  if (q.isShutdown) s += ' shutdown';
  return s;
}
/**
 * The start of a queue's repr, at least `max` characters of it (all of it when shorter), without
 * formatting the items past them: the frames panel shows a queue local cut short after every step,
 * and formatting every item each time was most of a producer/consumer step's cost. Null when the
 * real `__repr__` has to run: a subclass's own, or an item whose repr could run code or fail.
 */
export function queueReprStart(v: PyValue, max: number): string | null {
  if (!(v instanceof PyQueue) || v.hooked) return null;
  if (!v.cls.isBuiltin && v.cls.lookup('__repr__') !== queueClass.lookup('__repr__')) return null;
  const { items, head } = v;
  for (let i = head; i < items.length; i++) {
    const x = items[i];
    if (x !== null && typeof x === 'object') return null;
    if (typeof x === 'bigint' && tooManyDigits(x)) return null;
  }
  let s = `<${v.cls.name} at ${addressOf(v)} maxsize=${repr(BigInt(v.maxsize))}`;
  if (v.qsize() > 0) {
    s += ' _queue=[';
    for (let i = head; i < items.length; i++) {
      if (s.length > max) return s;
      s += (i > head ? ', ' : '') + repr(items[i]);
    }
    s += ']';
  }
  return `${s}${formatQueueRest(v)}>`;
}

defNativeMethod(
  queueClass,
  '__repr__',
  'def (self)',
  (self) => `<${Q(self).cls.name} at ${addressOf(Q(self))} ${formatQueue(Q(self))}>`,
);
defNativeMethod(queueClass, '__str__', 'def (self)', (self) => `<${Q(self).cls.name} ${formatQueue(Q(self))}>`);
queueClass.slots.str = (self) => `<${Q(self).cls.name} ${formatQueue(Q(self))}>`;

/**
 * The body of Queue.put (`isPut`) or Queue.get, written out as the states of its generator, because
 * a producer/consumer program makes one per item: each time round, the queue either has room (an
 * item) and the operation ends, or a waiter future is queued and awaited (Future.awaitIter); an
 * exception while waiting cancels and unlinks the waiter and passes the turn on, as queues.py does.
 */
class QueueOpBody {
  /** The waiter being awaited (null: not waiting). */
  private waiter: Future | null = null;
  private over = false;
  constructor(
    private q: PyQueue,
    private isPut: boolean,
    private item: PyValue,
  ) {}
  next(): IteratorResult<PyValue, PyValue> {
    if (this.over) return { done: true, value: undefined as unknown as PyValue };
    const w = this.waiter;
    if (w !== null) {
      this.waiter = null;
      try {
        if (!w.done()) throw pyError('RuntimeError', "await wasn't used with future");
        w.getResult();
      } catch (e) {
        this.over = true;
        this.abandon(w);
        throw e;
      }
    }
    try {
      return this.attempt();
    } catch (e) {
      this.over = true;
      throw e;
    }
  }
  throw(e: unknown): IteratorResult<PyValue, PyValue> {
    const w = this.waiter;
    this.over = true;
    if (w !== null) {
      this.waiter = null;
      this.abandon(w);
    }
    throw e;
  }
  return(v: PyValue): IteratorResult<PyValue, PyValue> {
    this.over = true;
    return { done: true, value: v };
  }
  [Symbol.iterator](): this {
    return this;
  }
  /** One turn of the `while full()` / `while empty()` loop. */
  private attempt(): IteratorResult<PyValue, PyValue> {
    const q = this.q;
    if (this.isPut) {
      if (q.full()) {
        if (q.isShutdown) throw pyError('QueueShutDown');
        return this.wait(q.putters, 'Queue.put');
      }
      q.putNowait(this.item);
      this.over = true;
      return { done: true, value: null };
    }
    if (q.qsize() === 0) {
      if (q.isShutdown) throw pyError('QueueShutDown');
      return this.wait(q.getters, 'Queue.get');
    }
    const item = q.getNowait();
    this.over = true;
    return { done: true, value: item };
  }
  private wait(waiters: Future[], op: string): IteratorResult<PyValue, PyValue> {
    const q = this.q;
    const loop = queueLoop();
    if (q.boundLoop === null) q.boundLoop = loop;
    else if (q.boundLoop !== loop) {
      const e = pyError('RuntimeError', `${repr(q)} is bound to a different event loop`);
      addLibraryFrames(e.exc, [FRAMES._get_loop, FRAMES[this.isPut ? 'Queue.put._get_loop' : 'Queue.get._get_loop']]);
      throw e;
    }
    const w = newLoopFuture(loop);
    w.waitLabel = 'Queue';
    w.waitOp = op;
    waiters.push(w);
    this.waiter = w;
    // Future.awaitIter: a pending future is yielded to the task.
    w.blocking = true;
    return { done: false, value: w };
  }
  /** The `except` clause of put/get: cancel the waiter, unlink it, wake the next one if there is a turn to pass on. */
  private abandon(w: Future): void {
    const q = this.q;
    w.cancel();
    const waiters = this.isPut ? q.putters : q.getters;
    const i = waiters.indexOf(w);
    if (i >= 0) waiters.splice(i, 1);
    if (this.isPut ? !q.full() : q.qsize() > 0) {
      if (!w.cancelled()) PyQueue.wakeupNext(waiters);
    }
  }
}

/** Queue.put(item) (`isPut`) or Queue.get()'s body. */
function queueOp(q: PyQueue, isPut: boolean, item: PyValue): Body {
  return new QueueOpBody(q, isPut, item) as unknown as Body;
}

/** `Queue.get` and friends: named `get`, qualified `Queue.get`, as CPython's coroutines are. */
function queueCoroutine(qualname: string, body: Body) {
  return nativeCoroutine(qualname.slice(qualname.indexOf('.') + 1), body, 'Queue', qualname);
}

/** What the sync-object panel shows of a queue (null: not a queue): items in get order, maxsize, waiters. */
export function queueView(
  v: PyValue,
  limit = Infinity,
): { items: PyValue[]; size: number; maxsize: number; getters: Future[]; putters: Future[]; kind: string } | null {
  if (!(v instanceof PyQueue)) return null;
  if (v.hooked) {
    // the program's own container: read only a list's or deque's items (no code of the program runs here)
    const c = v.dict?.get('_queue') ?? v.store;
    const all = c instanceof PyList || typeOf(c!) === dequeClass ? iterToArray(c!) : [];
    return {
      items: all.slice(0, limit),
      size: all.length,
      maxsize: v.maxsize,
      getters: v.getters,
      putters: v.putters,
      kind: v.cls.name,
    };
  }
  const size = v.items.length - v.head;
  const n = Math.min(limit, size);
  const items =
    v.kind === 'lifo'
      ? v.items.slice(v.items.length - n).reverse()
      : v.kind === 'priority'
        ? v.items
            .slice(v.head)
            .sort((a, b) => (truthy(order('<', a, b)) ? -1 : truthy(order('<', b, a)) ? 1 : 0))
            .slice(0, n)
        : v.items.slice(v.head, v.head + n);
  return { items, size, maxsize: v.maxsize, getters: v.getters, putters: v.putters, kind: v.cls.name };
}

/**
 * Whether queue `v` may have changed since `mark` was taken, without reading its items: its ends,
 * size and waiter arrays (items are only ever added at the tail or taken from the head or tail).
 * `mark` is updated in place when it changed (no array per step); false for what has no mark.
 */
export function sameQueueMark(v: PyValue, mark: unknown[]): boolean {
  // A priority queue's heap can reorder its middle: always read it.
  if (!(v instanceof PyQueue) || v.kind === 'priority' || v.hooked) return false;
  const last = v.items.length ? v.items[v.items.length - 1] : undefined;
  let same = mark.length === 6;
  same = same && mark[0] === v.head && mark[1] === v.items.length && mark[2] === v.items[v.head];
  same = same && mark[3] === last && mark[4] === v.getters.length && mark[5] === v.putters.length;
  if (same) return true;
  mark.length = 6;
  mark[0] = v.head;
  mark[1] = v.items.length;
  mark[2] = v.items[v.head];
  mark[3] = last;
  mark[4] = v.getters.length;
  mark[5] = v.putters.length;
  return false;
}
