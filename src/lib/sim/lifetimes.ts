/**
 * When the objects whose lifetime a program can observe die: instances of classes defining
 * `__del__`, and objects something refers to weakly (weakref.ref, finalize, the weak containers).
 * CPython frees an object when its last reference goes; Loopline has no reference counts, so a
 * dropped tracked object (a name rebound or deleted, a frame's locals at its end, an expression
 * statement's value, a container emptied) is checked at the start of the next statement of a frame
 * no deeper than the drop's (by then a value a call returned has been stored or let go): if nothing
 * reachable from the roots holds it and it is in no reference cycle, it dies as CPython's
 * subtype_dealloc lets it die: `__del__`, then its weak references cleared and their callbacks
 * called newest first, then what it held is let go (which may free more). Objects in cycles die at
 * gc.collect() or at interpreter shutdown, when the program's globals are cleared in their order.
 *
 * Each check is a mark from the roots; the run has a budget of marked objects, and once it is
 * spent a check waits until thousands of drops wait for it (or the next safe point: a step's end,
 * a blocking call, the program's end) rather than running at every statement.
 */
import {
  PyClass,
  PyDict,
  PyExc,
  type PyExceptionObject,
  PyList,
  PyNativeFunction,
  PyNativeMethod,
  PyClassMethod,
  PyModule,
  PyObject,
  PyProperty,
  PySet,
  PyStaticMethod,
  PyTuple,
  type PyValue,
} from '../runtime/core';
import { PyFunction } from '../interp/function';
import { PyGenerator } from '../interp/generator';
import { PyIteratorObject } from '../runtime/types/iterator';
import { frameStack, markDrops } from '../interp/drops';
import { OPAQUE, reachable } from './reachable';
import { dropFreedSubclasses } from '../runtime/class-bases';
import { call } from '../runtime/ops';
import { repr } from '../runtime/ops';
import { run, RunSlot } from '../runtime/run';
import { GlobalSite } from '../runtime/global-cache';
import { ShapedDict } from '../runtime/shaped-dict';

/** Objects marked per run for the statement-by-statement checks (then only safe points check). */
const MARK_BUDGET = 5_000_000;
/** Once the budget is spent, how many drops wait before one check covers them all. */
const SPENT_BATCH = 4096;
/** Containers longer than this are not searched for tracked objects when dropped. */
const CONTAINER_SCAN = 256;

/** What the lifetimes need of the simulation. */
export interface LifetimeHost {
  /** What the program can reach besides the frames running now and the modules: its globals, loops, tasks. */
  roots(): unknown[];
  /** The standard library's modules (the program's own is not one of them). */
  modules(): Map<string, unknown>;
  /** An exception a finalizer or callback raised, written to stderr after `head` with its traceback. */
  ignored(head: string, exc: PyExceptionObject): void;
}

interface WeakEntry {
  /** The weakref object (weakref.py's ref instance). */
  ref: PyObject;
  callback: PyValue;
}

export class Lifetimes {
  /**
   * Tracked objects a check found still held (or held by a cycle): the collector's candidates.
   * Whether an object is tracked at all is isTracked().
   */
  private candidates = new Set<PyObject>();
  /** Each weakly referenced object's weak references, oldest first. */
  private refsTo = new Map<PyObject, WeakEntry[]>();
  /** Each weak reference's object, while it lives. */
  private referent = new WeakMap<PyObject, PyObject>();
  /** Objects already finalized (CPython calls `__del__` once per object). */
  private finalized = new WeakSet<PyObject>();
  /** Objects with a finalizer hook of the runtime's own (an async generator's, sys.set_asyncgen_hooks): called as they die. */
  private hooks = new Map<PyObject, (atStatement: boolean) => void>();
  /** The check running was made as a statement of the program started (not at a forced safe point). */
  private atStatement = false;
  /** Dropped objects to check, with the frame depth of their drop. */
  private pending: PyObject[] = [];
  private pendingDepth: number[] = [];
  private budget = MARK_BUDGET;
  /** What the library's modules reach, with the library-run count and module count it was marked at. */
  private library: LibraryMark | null = null;
  private libraryAt = -1;
  private libraryModules = -1;
  /** Interpreter shutdown is over: nothing more is finalized. */
  private over = false;

  constructor(private host: LifetimeHost) {}

  /** `ref` now refers weakly to `o`, calling `callback` (None: none) when `o` dies. */
  weaken(ref: PyObject, o: PyObject, callback: PyValue): void {
    this.referent.set(ref, o);
    // The reference itself can die first (nothing holds it any more): it then leaves o's list.
    markDrops(ref);
    let l = this.refsTo.get(o);
    if (l === undefined) {
      l = [];
      this.refsTo.set(o, l);
      run.lifetimesSeen = true;
      markDrops(o);
      // A temporary only the call holds (`weakref.ref(R())`) is never dropped by a name: check it
      // as the program's next statement starts, as CPython frees it when that statement's call ends.
      this.checkAfterProgramStatement(o);
    }
    l.push({ ref, callback });
  }

  private checkAfterProgramStatement(o: PyObject): void {
    if (this.over) return;
    const frames = run.get(frameStack);
    let depth = frames.length;
    while (depth > 0 && !frames[depth - 1]?.code.user) depth--;
    this.candidates.add(o);
    this.pending.push(o);
    this.pendingDepth.push(depth);
    run.lifetimesDue = true;
  }

  /**
   * `o` has a finalizer hook (`finalize`, run as it dies, before its __del__): its drops are
   * checked as the program's next statement starts, as CPython frees it at once. The hook is told
   * whether its death was found so (else at a safe point: a step's end, a loop iteration).
   */
  onDeath(o: PyObject, finalize: (atStatement: boolean) => void): void {
    if (this.over) return;
    this.hooks.set(o, finalize);
    run.lifetimesSeen = true;
    markDrops(o);
  }

  /** `o` no longer needs its hook (finished: nothing to finalize). */
  forget(o: PyObject): void {
    this.hooks.delete(o);
  }

  /** The object of a weak reference, or None once it died. */
  deref(ref: PyObject): PyValue {
    return this.referent.get(ref) ?? null;
  }

  /** The callback of a weak reference (None once its object died). */
  callbackOf(ref: PyObject): PyValue {
    const o = this.referent.get(ref);
    if (o === undefined) return null;
    return this.refsTo.get(o)?.find((e) => e.ref === ref)?.callback ?? null;
  }

  /** The weak references to `o` now, oldest first. */
  refs(o: PyValue): PyObject[] {
    if (!(o instanceof PyObject)) return [];
    return (this.refsTo.get(o) ?? []).map((e) => e.ref);
  }

  /** The interpreter reported a drop of `v`: check it at the next statement. */
  dropped(v: PyObject): void {
    if (this.over || !run.lifetimesSeen) return;
    if (this.isTracked(v)) this.candidates.add(v);
    else if (!this.holdsTracked(v)) return;
    this.pending.push(v);
    this.pendingDepth.push(run.get(frameStack).length);
    run.lifetimesDue = true;
  }

  private holdsTracked(v: PyObject): boolean {
    let items: Iterable<PyValue>;
    if (v instanceof PyList || v instanceof PyTuple) {
      if (v.items.length > CONTAINER_SCAN) return false;
      items = v.items;
    } else if (v instanceof PyDict) {
      if (v.map.size > CONTAINER_SCAN) return false;
      items = [...v.map.values()].map((e) => e.value);
    } else if (v instanceof PySet) {
      if (v.map.size > CONTAINER_SCAN) return false;
      items = v.map.values() as Iterable<PyValue>;
    } else if (v instanceof PyIteratorObject) {
      // A zip, map, filter or enumerate: what it reads from, iterators over iterators included.
      return this.iteratorHoldsTracked(v, 0);
    } else if (v instanceof PyGenerator) {
      // A generator suspended in `yield from`: the generator or iterator it delegates to.
      return this.delegationHoldsTracked(v);
    } else if (v.dict !== null && v.dict.size <= CONTAINER_SCAN) {
      items = v.dict.values();
    } else return false;
    for (const x of items) if (x instanceof PyObject && this.isTracked(x)) return true;
    return false;
  }

  private iteratorHoldsTracked(v: PyIteratorObject, depth: number): boolean {
    const src = v.source;
    if (src === null || depth > 8) return false;
    for (const x of Array.isArray(src) ? src : [src]) {
      if (!(x instanceof PyObject)) continue;
      if (this.isTracked(x)) return true;
      if (x instanceof PyIteratorObject && this.iteratorHoldsTracked(x, depth + 1)) return true;
    }
    return false;
  }

  /** Does a generator's `yield from` chain reach a tracked object (an inner generator to close)? */
  private delegationHoldsTracked(g: PyGenerator): boolean {
    let x = yieldedFrom(g);
    for (let depth = 0; x !== null && depth < 64; depth++) {
      if (this.isTracked(x)) return true;
      if (x instanceof PyIteratorObject) return this.iteratorHoldsTracked(x, 0);
      x = x instanceof PyGenerator ? yieldedFrom(x) : null;
    }
    return false;
  }

  /** Would its death show: a `__del__` to call, weak references to clear? */
  private isTracked(x: PyObject): boolean {
    return (
      !this.finalized.has(x) && (x.cls.finalizes || this.refsTo.has(x) || this.hooks.has(x) || this.referent.has(x))
    );
  }

  /**
   * A statement starts: the drops made at this depth or deeper are checked, while the budget
   * lasts (`force`: a safe point, which checks all of them).
   */
  settle(force = false): void {
    if (this.pending.length === 0) {
      run.lifetimesDue = false;
      return;
    }
    // Past the budget, drops are checked in batches (still at a statement's start).
    if (!force && this.budget <= 0 && this.pending.length < SPENT_BATCH) return;
    const depth = run.get(frameStack).length;
    const now: PyObject[] = [];
    const keep: PyObject[] = [];
    const keepDepth: number[] = [];
    for (let i = 0; i < this.pending.length; i++) {
      if (force || this.pendingDepth[i] >= depth) now.push(this.pending[i]);
      else {
        keep.push(this.pending[i]);
        keepDepth.push(this.pendingDepth[i]);
      }
    }
    if (now.length === 0) return;
    this.pending = keep;
    this.pendingDepth = keepDepth;
    run.lifetimesDue = keep.length > 0;
    this.atStatement = !force;
    try {
      this.check(now);
    } finally {
      this.atStatement = false;
    }
  }

  /** How many drops wait for their check now (settleSince's mark). */
  pendingCount(): number {
    return this.pending.length;
  }

  /**
   * The drops made since `mark` (a returning function's locals) are checked now, `held` (the value
   * it returned, on its way to the caller) counting as reachable: CPython frees them as the frame
   * ends, before the caller goes on.
   */
  settleSince(mark: number, held: PyValue): void {
    if (this.pending.length <= mark || this.budget <= 0) return;
    // Only generators with code to run on close (or iterators over them, or generators delegating
    // to them) are checked now; the rest
    // wait for the statement.
    const now: PyObject[] = [];
    for (let i = this.pending.length - 1; i >= mark; i--) {
      const o = this.pending[i];
      const closes =
        (o instanceof PyGenerator && (this.hooks.has(o) || this.delegationHoldsTracked(o))) ||
        (o instanceof PyIteratorObject && this.iteratorHoldsTracked(o, 0));
      if (!closes) continue;
      now.push(o);
      this.pending.splice(i, 1);
      this.pendingDepth.splice(i, 1);
    }
    if (now.length === 0) return;
    now.reverse();
    run.lifetimesDue = this.pending.length > 0;
    this.atStatement = true;
    try {
      this.check(now, held);
    } finally {
      this.atStatement = false;
    }
  }

  /**
   * Generators a call made and left suspended, when nothing but the call's temporaries held them:
   * they die as its arguments go (`print(next(gen()))` closes the generator before print runs).
   * `held` is the call's result.
   */
  checkTemporaries(objs: PyObject[], held: PyValue): void {
    if (this.over || this.budget <= 0) return;
    this.atStatement = true;
    try {
      this.check(objs, held);
    } finally {
      this.atStatement = false;
    }
  }

  /** Kill those of `objs` nothing reaches and no cycle holds (`held`: a value in flight, reachable too). */
  private check(objs: PyObject[], held: PyValue = null): void {
    let seen = this.mark(held);
    for (const o of objs) {
      if (seen.has(o) || this.finalized.has(o)) continue;
      if (this.inCycle(o)) {
        this.candidates.add(o);
        continue;
      }
      // A finalizer that ran may have stored what it held; marked again while the budget lasts.
      if (this.release(o, seen, new Set()) && this.budget > 0) seen = this.mark(held);
    }
  }

  /**
   * What the program reaches. The library's modules are marked again only after library code ran
   * or a module was imported: between two drops in the program's own code, usually nothing
   * changed there, and they are most of what there is.
   */
  private mark(held: PyValue = null): Live {
    const mods = this.host.modules();
    if (this.library === null || this.libraryAt !== run.libraryRuns || this.libraryModules !== mods.size) {
      this.library = markLibrary(mods);
      this.libraryAt = run.libraryRuns;
      this.libraryModules = mods.size;
      this.budget -= this.library.seen.size;
    }
    const lib = this.library.seen;
    const own = markLive([run.get(frameStack), held, ...this.host.roots(), ...this.library.edge], lib);
    this.budget -= own.size;
    return { has: (x) => own.has(x) || lib.has(x), objects: [own, lib] };
  }

  /** Whether `o` is reachable from what it holds (then only the collector frees it). */
  private inCycle(o: PyObject): boolean {
    const held = referents(o);
    if (!held.some((x) => typeof x === 'object' && x !== null)) return false;
    const r = reachable(held, 100_000);
    this.budget -= r.visited;
    return r.seen.has(o);
  }

  /**
   * `o` lost its last reference: a tracked object dies; then what it held goes too, in CPython's
   * order (a list's items from the last, a dict's and an instance's values in order). Returns
   * whether any Python code ran (then the caller's mark is out of date).
   */
  private release(o: PyObject, seen: Live, walked: Set<object>): boolean {
    if (walked.has(o)) return false;
    walked.add(o);
    if (this.finalized.has(o)) return false;
    const ran = this.isTracked(o) && this.die(o, seen);
    let more = false;
    for (const x of referents(o)) {
      if (!(x instanceof PyObject) || seen.has(x)) continue;
      if (this.inCycle(x)) {
        this.candidates.add(x);
        continue;
      }
      if (this.release(x, seen, walked)) more = true;
    }
    return ran || more;
  }

  /** `__del__`, then the weak references cleared and their callbacks called, newest first. */
  private die(o: PyObject, seen: Live): boolean {
    this.finalized.add(o);
    this.candidates.delete(o);
    let ran = false;
    const hook = this.hooks.get(o);
    if (hook !== undefined) {
      this.hooks.delete(o);
      hook(this.atStatement);
    }
    const del = o.cls.lookup('__del__');
    if (del !== undefined) {
      ran = true;
      this.ignoring(del, () => call(del, [o], null));
    }
    ran = this.clearRefs(o, seen) || ran;
    this.unlinkRef(o);
    return ran;
  }

  /** A weak reference died before its object: it is no longer among the object's references (nor calls back). */
  private unlinkRef(ref: PyObject): void {
    const o = this.referent.get(ref);
    if (o === undefined) return;
    this.referent.delete(ref);
    const l = this.refsTo.get(o);
    if (l === undefined) return;
    const i = l.findIndex((e) => e.ref === ref);
    if (i >= 0) l.splice(i, 1);
    if (l.length === 0) this.refsTo.delete(o);
  }

  /**
   * Clear the weak references to `o` and call their callbacks, newest first; a reference that is
   * itself garbage (nothing reaches it but `o` and other garbage, `seen` being the live mark) was
   * freed before it could call back.
   */
  private clearRefs(o: PyObject, seen: Live): boolean {
    const l = this.refsTo.get(o);
    if (l === undefined) return false;
    this.refsTo.delete(o);
    for (const e of l) this.referent.delete(e.ref);
    let ran = false;
    let heldByO: Set<object> | null = null;
    for (let i = l.length - 1; i >= 0; i--) {
      const cb = l[i].callback;
      if (cb === null) continue;
      if (!seen.has(l[i].ref)) {
        heldByO ??= reachable(referents(o), 100_000).seen;
        if (!heldByO.has(l[i].ref)) continue;
      }
      ran = true;
      this.ignoring(cb, () => call(cb, [l[i].ref], null));
    }
    return ran;
  }

  /** Run `f`; an exception it raises is printed as CPython prints an exception it cannot raise. */
  private ignoring(what: PyValue, f: () => void): void {
    try {
      f();
    } catch (e) {
      if (!(e instanceof PyExc)) throw e;
      const head =
        run.minor >= 14
          ? `Exception ignored while calling deallocator ${repr(what)}:\n`
          : `Exception ignored in: ${repr(what)}\n`;
      this.host.ignored(head, e.exc);
    }
  }

  /**
   * gc.collect(): the tracked objects nothing reaches (cycles, and what they hold) are freed:
   * weak references first, then `__del__`, in creation order. Returns how many objects it freed.
   */
  collect(): number {
    this.settle(true);
    const marked = this.mark();
    const classes = classesOf(marked);
    const seen: Live = { has: (x) => marked.has(x) || classes.has(x as PyClass), objects: marked.objects };
    // A class no longer reached leaves its bases' __subclasses__() (their weak list) as it is freed.
    dropFreedSubclasses((c) => seen.has(c));
    const lost = [...this.candidates].filter((o) => !seen.has(o));
    if (lost.length === 0) return 0;
    for (const o of lost) this.candidates.delete(o);
    // Everything only the lost objects hold goes with them.
    const freed = reachable(lost, 1_000_000).seen;
    let count = 0;
    const garbage: PyObject[] = [];
    for (const x of freed) {
      if (!(x instanceof PyObject) || seen.has(x)) continue;
      count++;
      if (this.isTracked(x)) garbage.push(x);
    }
    garbage.sort((a, b) => a.id - b.id);
    for (const o of garbage) {
      this.candidates.delete(o);
      this.clearRefs(o, seen);
    }
    for (const o of garbage) {
      if (this.finalized.has(o)) continue;
      this.finalized.add(o);
      const del = o.cls.lookup('__del__');
      if (del !== undefined) this.ignoring(del, () => call(del, [o], null));
    }
    return count;
  }

  /**
   * Interpreter shutdown, after the exit functions: the program's globals go in their order (each
   * value let go as a rebinding would), then the collector frees the cycles.
   */
  shutdown(globals: Map<string, PyValue>): void {
    if (this.over) return;
    this.settle(true);
    if (run.lifetimesSeen) {
      // What is garbage already goes first (as the recorder's gc.collect() before the globals).
      this.collect();
      for (const k of [...globals.keys()]) {
        const v = globals.get(k);
        if (k === '__builtins__' || !(v instanceof PyObject)) continue;
        globals.delete(k);
        this.dropped(v);
        this.settle(true);
      }
      this.collect();
    }
    this.over = true;
  }
}

/** What the library's modules reach of their own, and the first objects past it (`edge`). */
interface LibraryMark {
  seen: Set<object>;
  edge: object[];
}

/**
 * The library's own structure: its modules, their namespaces, and the classes and functions its
 * code defined, which only library code changes (the program storing into a library module's
 * namespace directly is the exception this model misses). Anything else they hold (a list, an
 * instance, a function of the program, a closure's cell) is on the edge, marked afresh each time.
 */
function markLibrary(mods: Map<string, unknown>): LibraryMark {
  const seen = new Set<object>([mods]);
  const edge: object[] = [];
  const dicts = new Set<unknown>();
  for (const m of mods.values()) if (m instanceof PyModule) dicts.add(m.dict);
  const todo: unknown[] = [...mods.values()];
  const fields = (o: object, skip: string | null) => {
    for (const k of Object.keys(o)) if (!OPAQUE.has(k) && k !== skip) todo.push((o as Record<string, unknown>)[k]);
  };
  while (todo.length) {
    const o = todo.pop();
    if (typeof o !== 'object' || o === null || seen.has(o)) continue;
    const c = o.constructor;
    if (c === PyNativeMethod || (c === PyClass && (o as PyClass).isBuiltin)) continue;
    if (c === PyModule) {
      seen.add(o);
      todo.push((o as PyModule).dict);
    } else if (dicts.has(o)) {
      seen.add(o);
      for (const v of (o as Map<string, unknown>).values()) todo.push(v);
    } else if (c === PyClass && (o as PyClass).module !== '__main__') {
      seen.add(o);
      for (const v of (o as PyClass).dict!.values()) todo.push(v);
    } else if (c === PyFunction && !(o as PyFunction).code.user) {
      seen.add(o);
      // Its globals are a module's namespace, marked as such.
      fields(o, 'globals');
    } else if (c === PyNativeFunction && (o as PyNativeFunction).self === undefined) {
      seen.add(o);
    } else if (c === PyProperty || c === PyStaticMethod || c === PyClassMethod) {
      seen.add(o);
      fields(o, null);
    } else edge.push(o);
  }
  return { seen, edge };
}

/** A mark's result: whether the program reaches an object. */
interface Live {
  has(x: object): boolean;
  /** What was marked, for a walk over it. */
  objects: Set<object>[];
}

/**
 * The classes of what `live` reaches, with their bases: an instance holds its class and a class
 * its MRO, which the mark does not follow (a class is many objects' `cls`).
 */
function classesOf(live: Live): Set<PyClass> {
  const out = new Set<PyClass>();
  const add = (c: PyClass) => {
    if (c.isBuiltin || out.has(c)) return;
    for (const m of c.mro) out.add(m);
    add(c.cls);
  };
  for (const set of live.objects) {
    for (const o of set) {
      if (o instanceof PyClass) add(o);
      else if (o instanceof PyObject) add(o.cls);
    }
  }
  return out;
}

/**
 * reachable() for the lifetime checks, which run at every statement after a drop: the builtin
 * classes and native functions, most of what the modules hold, hold no object of the program
 * (a bound native only its `self`), so they are not walked, and an instance only through its dict. Objects in `known` (already
 * marked) are not walked again.
 */
function markLive(roots: unknown[], known: Set<object> | null): Set<object> {
  const seen = new Set<object>();
  const todo: unknown[] = [];
  const push = (x: unknown) => {
    if (typeof x !== 'object' || x === null || seen.has(x) || (known !== null && known.has(x))) return;
    const c = x.constructor;
    // Leaves: never marked, so never costing a Set entry. A global-name site's kept value is a
    // cache (the namespace holds it while the cache is valid), not a reference of the program's.
    if (c === PyNativeMethod || c === GlobalSite || (c === PyClass && (x as PyClass).isBuiltin)) return;
    todo.push(x);
  };
  for (const r of roots) push(r);
  while (todo.length) {
    const o = todo.pop() as object;
    if (seen.has(o)) continue;
    seen.add(o);
    const c = o.constructor;
    if (c === PyNativeFunction) {
      push((o as PyNativeFunction).self);
    } else if (c === PyObject) {
      const d = (o as PyObject).dict;
      if (d !== null) for (const v of d.values()) push(v);
    } else if (c === PyList || c === PyTuple) {
      // The builtin containers directly (most of a big program's objects): their items only.
      const items = (o as PyList).items;
      for (let i = 0; i < items.length; i++) push(items[i]);
    } else if (c === PyDict) {
      for (const e of (o as PyDict).map.values()) {
        push(e.key);
        push(e.value);
      }
    } else if (Array.isArray(o)) {
      for (const x of o) push(x);
    } else if (o instanceof Map || o instanceof ShapedDict) {
      for (const [k, v] of o) {
        push(k);
        push(v);
      }
    } else if (o instanceof Set) {
      for (const x of o) push(x);
    } else if (!(o instanceof WeakSet || o instanceof WeakMap)) {
      // A finished generator or coroutine keeps its frame here; CPython's has let go of it.
      const closed = (o as { state?: unknown }).state === 'closed';
      for (const k of Object.keys(o))
        if (!OPAQUE.has(k) && !(closed && k === 'frame')) push((o as Record<string, unknown>)[k]);
    }
  }
  return seen;
}

/** What `o` holds, in the order CPython's deallocation lets go of it. */
function referents(o: PyObject): PyValue[] {
  const out: PyValue[] = [];
  // A class is in a cycle of its own (its __mro__ holds it): only the collector frees it.
  if (o instanceof PyClass && !o.isBuiltin) out.push(o);
  if (o instanceof PyList || o instanceof PyTuple) {
    for (let i = o.items.length - 1; i >= 0; i--) out.push(o.items[i]);
  } else if (o instanceof PyDict) {
    for (const e of o.map.values()) out.push(e.key, e.value);
  } else if (o instanceof PySet) {
    for (const x of o.map.values()) out.push(x as PyValue);
  }
  if (o.dict !== null && !(o instanceof PyDict && o.dict === null)) for (const v of o.dict.values()) out.push(v);
  if (o instanceof PyIteratorObject && o.source !== null) {
    if (Array.isArray(o.source)) for (const x of o.source) out.push(x);
    else out.push(o.source);
  }
  // A suspended generator's frame holds what it delegates to with `yield from` (gi_yieldfrom).
  if (o instanceof PyGenerator) {
    const inner = yieldedFrom(o);
    if (inner !== null) out.push(inner);
  }
  return out;
}

/** What a generator suspended in `yield from` delegates to (its gi_yieldfrom), if anything. */
function yieldedFrom(g: PyGenerator): PyObject | null {
  const a = g.state === 'suspended' ? g.frame?.awaiting : null;
  return a instanceof PyObject ? a : null;
}

/** The run's lifetimes (null outside a simulation). */
export const lifetimes = new RunSlot<Lifetimes | null>('lifetimes', () => null);
