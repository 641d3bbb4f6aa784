/**
 * functools._lru_cache_wrapper's behaviour natively, as CPython's is a C type: calling the wrapper
 * (the key built, looked up and counted, a bounded cache kept in use order), cache_info,
 * cache_clear, binding as a method, and pickling and copying as itself. functools.py keeps the
 * class (its construction checks, update_wrapper's attributes in its __dict__, cache_parameters);
 * each native here replaces one of its methods, and the cache's state lives here, out of the
 * program's sight, as C's does.
 *
 * The CPU-time model: a wrapper call counts nothing of its own (the function it calls counts as
 * any call). Recursion: 3.11 and 3.12 count the wrapper's C call towards the recursion limit (a
 * cached recursive function reaches half the depth of a plain one), 3.13 and later do not.
 */
import {
  PyBoundMethod,
  PyClass,
  PyDict,
  PyNativeFunction,
  PyNativeMethod,
  PyObject,
  PyTuple,
  classesChanged,
  pyError,
  typeOf,
  type DictEntry,
  type HashKey,
  type KwArgs,
  type PyValue,
} from '../runtime/core';
import { call, findKey, getattr, hashKey, toIndex } from '../runtime/ops';
import { PyFunctionBase } from '../runtime/callable';
import { pythonHash } from '../runtime/hash';
import { releaseValue } from '../runtime/releases';
import { run } from '../runtime/run';
import { markBlocking, threadedCall, type ThreadGen } from '../interp/threaded';

/**
 * An entry of a bounded cache, as C's lru_list_elem: the dict entry (key and result) and its place
 * in the use order, a ring through the state's root (root.next the oldest, root.prev the newest).
 */
interface Link extends DictEntry {
  /** The map key it is stored under and the hash it was stored with (undefined: no index kept). */
  mk: HashKey;
  h: bigint | undefined;
  prev: Link;
  next: Link;
}

function newRoot(): Link {
  const root = { key: null, value: null, mk: 0, h: undefined } as unknown as Link;
  root.prev = root.next = root;
  return root;
}

function extract(link: Link): void {
  link.prev.next = link.next;
  link.next.prev = link.prev;
}

function appendLink(root: Link, link: Link): void {
  const last = root.prev;
  last.next = root.prev = link;
  link.prev = last;
  link.next = root;
}

/** One wrapper's cache and counts. */
interface LruState {
  fn: PyValue;
  /** null: unbounded; 0: nothing cached. */
  bound: number | null;
  /** maxsize as cache_info tells it. */
  maxsize: bigint | null;
  typed: boolean;
  infoType: PyValue;
  /** The entries (a dict's, out of the program's reach); a bounded cache's are Links. */
  cache: PyDict;
  /** A bounded cache's use order. */
  root: Link;
  hits: number;
  misses: number;
}

const states = new WeakMap<PyValue & object, LruState>();

function stateOf(self: PyValue): LruState {
  const s = self instanceof PyObject ? states.get(self) : undefined;
  if (s === undefined) throw pyError('TypeError', 'functools._lru_cache_wrapper: not initialised');
  return s;
}

/**
 * The key of a call, as C's lru_cache_make_key builds it: a lone exact int or str argument is its
 * own key; otherwise a tuple of the arguments, then (given keywords) the mark and each name and
 * value, then (typed) each argument's type and each keyword value's.
 */
function cacheKey(args: PyValue[], kw: KwArgs, typed: boolean, mark: PyValue): PyValue {
  const kwn = kw === null ? 0 : kw.size;
  if (kwn === 0 && !typed) {
    if (args.length === 1 && (typeof args[0] === 'bigint' || typeof args[0] === 'string')) return args[0];
    return new PyTuple(args.slice());
  }
  const key = args.slice();
  if (kwn > 0) {
    key.push(mark);
    for (const [k, v] of kw!) key.push(k, v);
  }
  if (typed) {
    for (const v of args) key.push(typeOf(v));
    if (kwn > 0) for (const v of kw!.values()) key.push(typeOf(v));
  }
  return new PyTuple(key);
}

/** An lru_cache miss: the key to store the user function's result under, found as a lookup found it. */
class Miss {
  constructor(
    readonly key: PyValue,
    readonly k: HashKey,
    readonly h: bigint | undefined,
  ) {}
}

/** A miss of a cache that keeps nothing. */
const UNCACHED = new Miss(null, 0, undefined);

/**
 * Looks the call up as C's wrappers do: its cached result (the entry moved to the end of a bounded
 * cache without another lookup), or a Miss. The key is hashed once, when its hash can run Python
 * code or fail (a key of plain values is found by its map key alone), and looked up with that hash
 * (a stored key of the same hash compared by `==`, the stored one first).
 */
function probe(s: LruState, args: PyValue[], kw: KwArgs, mark: PyValue): PyValue | Miss {
  if (s.bound === 0) {
    s.misses++;
    return UNCACHED;
  }
  const key = cacheKey(args, kw, s.typed, mark);
  const k = hashKey(key);
  const h = typeof k === 'object' ? pythonHash(key) : undefined;
  const m = s.cache.map;
  const mk = findKey(m, key, k, h);
  const hit = m.get(mk);
  if (hit === undefined) {
    s.misses++;
    return new Miss(key, k, h);
  }
  s.hits++;
  if (s.bound !== null) {
    const link = hit as Link;
    extract(link);
    appendLink(s.root, link);
  }
  return hit.value;
}

/**
 * A miss's result stored, as C's wrappers do it: looked up again after the call (the call may have
 * cached it: an unbounded cache replaces that value, a bounded one keeps it). A full bounded cache
 * reuses its oldest link: the oldest entry is popped by a lookup with its stored hash (which may
 * compare it with others); if the call already took it out, the result is not stored.
 */
function store(s: LruState, miss: Miss, result: PyValue): PyValue {
  if (miss === UNCACHED) return result;
  const m = s.cache.map;
  let mk = findKey(m, miss.key, miss.k, miss.h);
  const now = m.get(mk);
  if (now !== undefined) {
    if (s.bound === null) now.value = result;
    return result;
  }
  if (s.bound === null) {
    m.set(mk, { key: miss.key, value: result });
    return result;
  }
  const root = s.root;
  if (m.size < s.bound || root.next === root) {
    // C stores it with a lookup of its own.
    mk = findKey(m, miss.key, miss.k, miss.h);
    const link = { key: miss.key, value: result, mk, h: miss.h } as Link;
    m.set(mk, link);
    appendLink(root, link);
    return result;
  }
  const link = root.next;
  extract(link);
  const oldMk = findKey(m, link.key, link.mk, link.h);
  if (!m.delete(oldMk)) return result;
  const oldKey = link.key;
  const oldResult = link.value;
  // C stores it with a lookup of its own.
  mk = findKey(m, miss.key, miss.k, miss.h);
  link.key = miss.key;
  link.value = result;
  link.mk = mk;
  link.h = miss.h;
  m.set(mk, link);
  appendLink(root, link);
  releaseValue(oldKey);
  releaseValue(oldResult);
  return result;
}

/** 3.11 and 3.12 enter the wrapper's C call as a recursion level (undone by `leave`). */
function enter(): boolean {
  if (run.minor >= 13) return false;
  if (++run.depth > run.limits.recursion) {
    run.depth--;
    throw pyError(
      'RecursionError',
      run.minor === 11
        ? 'maximum recursion depth exceeded while calling a Python object'
        : 'maximum recursion depth exceeded',
    );
  }
  return true;
}

function method(
  cls: PyClass,
  name: string,
  fn: (self: PyValue, args: PyValue[], kw: KwArgs) => PyValue,
): PyNativeMethod {
  const m = new PyNativeMethod(name, fn, cls);
  cls.dict!.set(name, m);
  return m;
}

function noKeywords(name: string, kw: KwArgs): void {
  if (kw !== null && kw.size > 0) throw pyError('TypeError', `${name}() takes no keyword arguments`);
}

function arity(name: string, args: PyValue[], n: number): void {
  if (args.length === n) return;
  if (n === 0) throw pyError('TypeError', `${name}() takes no arguments (${args.length} given)`);
  throw pyError('TypeError', `${name}() takes exactly one argument (${args.length} given)`);
}

/** The class's methods replaced by natives; `mark` is the keyword mark keys hold. */
function installMethods(cls: PyClass, mark: PyValue): void {
  const callPlain = (self: PyValue, args: PyValue[], kw: KwArgs): PyValue => {
    const s = stateOf(self);
    const r = probe(s, args, kw, mark);
    if (!(r instanceof Miss)) return r;
    const entered = enter();
    let result: PyValue;
    try {
      // A Python function is called directly: one JS frame less for each level of a recursion.
      const fn = s.fn;
      result = fn instanceof PyFunctionBase ? fn.call(args, kw) : call(fn, args, kw);
    } finally {
      if (entered) run.depth--;
    }
    return store(s, r, result);
  };
  const callM = method(cls, '__call__', callPlain);
  callM.slotWrapper = true;
  // In a thread the user function may block: it runs as the thread's own call.
  markBlocking(callM, function* (self, args, kw): ThreadGen {
    const s = stateOf(self!);
    const r = probe(s, args, kw, mark);
    if (!(r instanceof Miss)) return r;
    const entered = enter();
    let result: PyValue;
    try {
      result = yield* threadedCall(s.fn, args, kw);
    } finally {
      if (entered) run.depth--;
    }
    return store(s, r, result);
  });
  method(cls, 'cache_info', (self, args, kw) => {
    noKeywords('cache_info', kw);
    arity('cache_info', args, 0);
    const s = stateOf(self);
    const size = BigInt(s.cache.map.size);
    return call(s.infoType, [BigInt(s.hits), BigInt(s.misses), s.maxsize, size], null);
  });
  method(cls, 'cache_clear', (self, args, kw) => {
    noKeywords('cache_clear', kw);
    arity('cache_clear', args, 0);
    const s = stateOf(self);
    s.hits = 0;
    s.misses = 0;
    s.cache.map.clear();
    s.root = newRoot();
    return null;
  });
  // A method descriptor: bound as a function is, itself from the class.
  const get = method(cls, '__get__', (self, args, kw) => {
    noKeywords('__get__', kw);
    if (args.length < 1 || args.length > 2) throw pyError('TypeError', `expected 1 or 2 arguments, got ${args.length}`);
    const obj = args[0];
    return obj === null ? self : new PyBoundMethod(self, obj);
  });
  get.slotWrapper = true;
  method(cls, '__reduce__', (self, args, kw) => {
    noKeywords('__reduce__', kw);
    arity('__reduce__', args, 0);
    return getattr(self, '__qualname__');
  });
  method(cls, '__copy__', (self, args, kw) => {
    noKeywords('__copy__', kw);
    arity('__copy__', args, 0);
    return self;
  });
  method(cls, '__deepcopy__', (self, args, kw) => {
    noKeywords('__deepcopy__', kw);
    arity('__deepcopy__', args, 1);
    return self;
  });
}

const SSIZE_MAX = 2n ** 63n - 1n;

/**
 * `_lru_init(self, user_function, maxsize, typed, cache_info_type)`: a new wrapper's state
 * (maxsize None: unbounded; an integer: at most that many, a negative one none).
 */
function lruInit(args: PyValue[]): PyValue {
  const [self, fn, maxsize, typed, infoType] = args;
  if (!(self instanceof PyObject)) throw pyError('TypeError', '_lru_init: not a wrapper');
  let n: bigint | null = null;
  if (maxsize !== null) {
    n = toIndex(maxsize);
    if (n > SSIZE_MAX || n < -SSIZE_MAX - 1n)
      throw pyError('OverflowError', "cannot fit 'int' into an index-sized integer");
    if (n < 0n) n = 0n;
  }
  const bound = n === null ? null : n > BigInt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : Number(n);
  const s = {
    fn,
    bound,
    maxsize: n,
    typed: typed === true,
    infoType,
    cache: new PyDict(),
    root: newRoot(),
    hits: 0,
    misses: 0,
  };
  states.set(self, s);
  return null;
}

export function installLruCacheNatives(ns: Map<string, PyValue>): void {
  const cls = ns.get('_lru_cache_wrapper');
  if (!(cls instanceof PyClass)) throw pyError('TypeError', 'functools natives: no _lru_cache_wrapper');
  const mark = ns.get('_kwd_mark');
  installMethods(cls, mark instanceof PyTuple ? mark.items[0] : null);
  ns.set('_lru_init', new PyNativeFunction('_lru_init', lruInit));
  classesChanged();
}
