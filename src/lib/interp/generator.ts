/**
 * Generators, coroutines and async generators: Python frames suspended as JS generators.
 *
 * A suspended Python function body is a JS generator; `yield*` gives Python's `yield from` /
 * `await` delegation (send/throw are forwarded to the innermost frame). What a coroutine yields
 * is what the Task sees: a Future to wait for, or None for a bare `yield` (asyncio.sleep(0)).
 */
import {
  PyObject,
  PyExc,
  PyClass,
  coroutineClass,
  generatorClass,
  asyncGeneratorClass,
  pyError,
  makeError,
  addressOf,
  typeName,
  builtinClass,
  getExcClass,
  type PyValue,
} from '../runtime/core';
import { callMethod, type PyIterator } from '../runtime/ops';
import { defNative, defNativeMethod } from '../runtime/native';
import { RETURN, type Frame } from './frame';
import { addTraceback } from './frame-error';
import { leftNativeFrame } from './library-frames';
import { codeObject } from './frame-objects';
import { run, RunSlot } from '../runtime/run';
import { isWait } from './waits';
import { tick } from './state';
import { thrownExc, warnThrowSignature } from './thrown';
import { delegateToIterator, isIterator } from './delegate-iter';
import { frameStack, dropLocals, holdLocals, swallowed, firstSuspended } from './drops';
import { frameObject, runningCallers } from './frame-objects';
import { captureOrigin, originDepth, originValue, type Origin } from './coroutine-origin';

export type Body = Generator<PyValue, PyValue, PyValue>;

/** Anything that can sit at the end of an await chain and report what it waits for. */
export interface Awaitable {
  /** The JS iterator `await` delegates to. */
  awaitIter(): Body;
  /** Iterable as it is awaitable (asyncio.Future's `__iter__ = __await__`): `yield from` it works. */
  readonly iterableAwait?: boolean;
  /**
   * An await that is at most one yield (asyncio.Future's): what awaitIter's generator would yield
   * first (NOT_SUSPENDED: nothing, it is done), so `await` needs no generator of its own for it.
   */
  awaitStart?(): PyValue | typeof NOT_SUSPENDED;
  /** The rest of that await once resumed (or at once): its result, or its error. */
  awaitEnd?(): PyValue;
}

/** What awaitStart gives for an awaitable that is done already. */
export const NOT_SUSPENDED: unique symbol = Symbol('not suspended');

export abstract class PySuspendable extends PyObject {
  // Declared fields assigned in the constructor (as PyObject's and Frame's): every call of a
  // coroutine function and every queue or lock operation makes one.
  /** 'created' | 'suspended' | 'running' | 'closed' */
  declare state: 'created' | 'suspended' | 'running' | 'closed';
  /** The running generator; null until a Python function's body is started (`body`). */
  declare gen: Body | null;
  /** For a function of the user's program: the call that made it, `say_after(1, 'hello')` (see call-text.ts). */
  declare call: string | null;
  /**
   * A Python function's body (function.ts makeSuspendable), started on the first resume as its
   * generator: it returns a completion (the value is then in the frame), and the frame is
   * recorded in tracebacks here.
   */
  declare body: ((f: Frame) => Generator<PyValue, number, PyValue>) | null;
  /** The coroutine this frame awaits through the driver loop (drive()), while it runs or is suspended. */
  declare delegate: PySuspendable | null;
  declare frame: Frame | null;
  declare name: string;
  declare qualname: string;
  /** Resumed by a thread's code that suspends on what the body blocks on (threaded.ts threadedNext). */
  declare waitsUp: boolean;
  constructor(cls: PyClass, frame: Frame | null, body: Body | null, name: string, qualname: string) {
    super(cls);
    this.state = 'created';
    this.waitsUp = false;
    this.gen = body;
    this.call = null;
    this.body = null;
    this.delegate = null;
    this.frame = frame;
    this.name = name;
    this.qualname = qualname;
  }

  /** Resume with a value; returns {done, value} like a JS iterator. */
  resume(value: PyValue): IteratorResult<PyValue, PyValue> {
    if (this.state === 'running') throw pyError('ValueError', `${this.kindName()} already executing`);
    if (this.state === 'closed') return this.closedResume();
    tick(this.frame ? this.frame.line : 0);
    return this.advance(false, value);
  }

  resumeThrow(exc: PyExc): IteratorResult<PyValue, PyValue> {
    if (this.state === 'running') throw pyError('ValueError', `${this.kindName()} already executing`);
    if (this.state === 'created' || this.state === 'closed') {
      // Thrown in before the start: it leaves from the frame's first line, which the traceback shows.
      const fresh = this.state === 'created' && this.hasOwnFrame();
      this.state = 'closed';
      throw fresh ? addTraceback(exc, this.frame!) : exc;
    }
    return this.advance(true, exc);
  }

  /** Run the frame until it yields or ends. A running frame counts towards the recursion limit (await chains nest, as in CPython). */
  private advance(isThrow: boolean, arg: PyValue | PyExc): IteratorResult<PyValue, PyValue> {
    if (++run.depth > run.limits.recursion) {
      run.depth--;
      throw pyError('RecursionError', 'maximum recursion depth exceeded');
    }
    this.state = 'running';
    const stack = run.get(frameStack);
    stack.push(this.frame);
    nesting++;
    let held = false;
    // Library code runs: the lifetimes' mark of the library is out of date (sim/lifetimes.ts).
    if (this.frame !== null && !this.frame.code.user) run.libraryRuns++;
    try {
      const g = this.gen ?? this.begin();
      let r =
        this.delegate === null ? (isThrow ? g.throw(arg) : g.next(arg as PyValue)) : drive(this, isThrow, arg, null);
      if (!r.done && r.value instanceof Delegation) r = drive(this, false, null, r);
      // A generator's threaded body (made in a simulated thread) or a coroutine's (started in one)
      // blocking: its wait goes up to a thread's code that can suspend (waitsUp: a frame awaiting
      // it, its task's step), or the thread blocks here (a coroutine driven by send()). (A
      // comprehension's in a thread hands everything it yields up anyway.)
      if (run.blockInPlace !== null && !this.waitsUp && (this instanceof PyGenerator || this instanceof PyCoroutine))
        while (!r.done && isWait(r.value)) {
          run.blockInPlace(r.value);
          r = this.delegate === null ? g.next(null) : drive(this, false, null, null);
          if (!r.done && r.value instanceof Delegation) r = drive(this, false, null, r);
        }
      if (r.done) {
        if (this.body !== null) r.value = this.returned(r.value);
        this.state = 'closed';
      } else this.state = 'suspended';
      return r;
    } catch (e) {
      this.state = 'closed';
      if (this.frame !== null) held = holdLocals(e, this.frame);
      // A native coroutine (asyncio.sleep, Queue.get) passing on what was thrown into it: CPython's
      // own frame for it shows in the traceback.
      else if (isThrow && e === arg) leftNativeFrame(e, this.qualname);
      throw this.raised(e);
    } finally {
      nesting--;
      run.depth--;
      stack.pop();
      // A finished frame lets go of its locals (one ended by an exception, when that goes).
      if (this.state === 'closed' && !held && this.frame !== null && this.frame.code.user) dropLocals(this.frame);
    }
  }

  /**
   * Enter this frame as the driver loop resumes it (`resume` when `tick`, else `resumeThrow`): the
   * same checks and bookkeeping as advance(), which the driver does for it.
   */
  enterDriven(doTick: boolean): void {
    if (this.state === 'running') throw pyError('ValueError', `${this.kindName()} already executing`);
    if (this.state === 'closed') this.closedResume();
    if (doTick) tick(this.frame ? this.frame.line : 0);
    if (++run.depth > run.limits.recursion) {
      run.depth--;
      throw pyError('RecursionError', 'maximum recursion depth exceeded');
    }
    this.state = 'running';
    run.get(frameStack).push(this.frame);
  }

  /** Leave a frame the driver loop entered: it suspended, or it ended (`closed`; `held`: by an exception that holds its locals). */
  leaveDriven(closed: boolean, held = false): void {
    this.state = closed ? 'closed' : 'suspended';
    run.depth--;
    run.get(frameStack).pop();
    if (closed && !held && this.frame !== null && this.frame.code.user) dropLocals(this.frame);
  }

  /** Start the body: the frame runs from its first statement when first resumed. */
  begin(): Body {
    let body = this.body!;
    // A coroutine (or async generator) started in a simulated thread runs its threaded body:
    // where it blocks (time.sleep, a lock), its task's step can suspend the thread (sim/threads.md).
    if (run.inOtherThread && (this instanceof PyCoroutine || this instanceof PyAsyncGenerator)) {
      const threaded = this.frame!.code.threaded;
      if (threaded !== undefined) body = threaded();
    }
    return (this.gen = body(this.frame!) as Body);
  }

  /** The value a finished generator returned: a body's completion stands for its frame's return value. */
  returned(v: PyValue): PyValue {
    return v === RETURN ? this.frame!.retval : null;
  }

  /**
   * An exception leaving the generator: a body's frame is recorded in its traceback, and so is a
   * generator expression's (the one generator with a frame of its own and no body).
   */
  raised(e: unknown): unknown {
    return this.fixStopIteration(this.hasOwnFrame() ? addTraceback(e, this.frame!) : e);
  }

  /** A Python function's body, or a generator expression's (the one generator with a frame and no body). */
  private hasOwnFrame(): boolean {
    if (this.body !== null) return true;
    const code = this.frame?.code;
    return code !== undefined && (code.kind === 'generator' || code.comprehensionFrame === true);
  }

  /**
   * `close()`: throw GeneratorExit in; it must not yield again. Returning after catching it closes
   * it too: its return value is close()'s answer from 3.13 (None before).
   */
  close(): PyValue {
    if (this.state === 'created' || this.state === 'closed') {
      this.state = 'closed';
      return null;
    }
    try {
      const r = this.resumeThrow(new PyExc(makeError('GeneratorExit')));
      if (r.done) return run.minor >= 13 ? r.value : null;
    } catch (e) {
      if (e instanceof PyExc && (e.exc.cls.name === 'GeneratorExit' || e.exc.cls.name === 'StopIteration')) {
        swallowed(e);
        return null;
      }
      throw e;
    }
    throw pyError('RuntimeError', `${this.kindName()} ignored GeneratorExit`);
  }

  /** PEP 479: a StopIteration escaping a generator body becomes RuntimeError. */
  fixStopIteration(e: unknown): unknown {
    if (e instanceof PyExc && e.exc.cls === getExcClass('StopIteration')) {
      const r = pyError('RuntimeError', `${this.kindName()} raised StopIteration`);
      r.exc.cause = e.exc;
      return r;
    }
    if (e instanceof PyExc && e.exc.cls === getExcClass('StopAsyncIteration') && this instanceof PyAsyncGenerator) {
      const r = pyError('RuntimeError', 'async generator raised StopAsyncIteration');
      r.exc.cause = e.exc;
      return r;
    }
    return e;
  }

  protected closedResume(): IteratorResult<PyValue, PyValue> {
    return { done: true, value: null };
  }

  abstract kindName(): string;

  /**
   * cr_frame/gi_frame/ag_frame: None once finished; a suspended (or not started) frame has no
   * caller, a running one the program frame that resumed it (library frames left out, as in tracebacks).
   */
  private frameObject(): PyValue {
    const fr = this.frame;
    if (fr === null || this.state === 'closed') return null;
    const f = frameObject(fr, undefined);
    f.back = null;
    if (this.state === 'running') {
      // Its callers are linked as they are now, out to the module's frame.
      const outward = runningCallers.of(fr);
      for (let i = 0; i < outward.length; i++) frameObject(outward[i], undefined).back = outward[i + 1] ?? null;
    }
    return f;
  }

  getAttr(_o: PyObject, name: string): PyValue | undefined {
    switch (name) {
      case '__name__':
        return this.name;
      case '__qualname__':
        return this.qualname;
      case 'cr_running':
      case 'gi_running':
      case 'ag_running':
        return this.state === 'running';
      case 'cr_frame':
      case 'gi_frame':
      case 'ag_frame':
        return this.frameObject();
      case 'cr_await':
      case 'gi_yieldfrom':
      case 'ag_await':
        return (this.frame?.awaiting as PyValue | null) ?? null;
      case 'gi_suspended':
      case 'cr_suspended':
        return this.state === 'suspended';
      case 'ag_suspended':
        // Async generators got theirs in 3.12 (inspect.getasyncgenstate reads it).
        return run.minor >= 12 ? this.state === 'suspended' : undefined;
      case 'cr_code':
      case 'gi_code':
      case 'ag_code':
        // The function's code object (co_name, co_qualname, co_firstlineno ...); a native one has none.
        return this.frame === null ? undefined : codeObject(this.frame.code);
    }
    return undefined;
  }
}

/**
 * Await chains nest JS frames: each level's resume runs its body, whose await resumes the next.
 * Past DRIVE_AFTER nested frames (the browser worker's stack is small), an await of a coroutine
 * instead yields a Delegation to the frame running it, whose drive() loop resumes the awaited
 * coroutine itself: deeper levels then take no JS stack, and Python's recursion limit is the limit.
 */
const DRIVE_AFTER = 24;
/** Suspendables being advanced (nested resume calls) right now. */
let nesting = 0;

/** `await` of coroutine `coro` past DRIVE_AFTER: yielded to the driver loop, never to a Task. */
export class Delegation {
  constructor(readonly coro: PySuspendable) {}
}

/** Should an await of a coroutine go through the driver loop (the JS stack is already deep)? */
export function driveAwaits(): boolean {
  return nesting > DRIVE_AFTER;
}

/**
 * The driver loop of `root` (advance() has entered it): steps the innermost frame of its
 * delegation chain, entering a coroutine it delegates to, and handing a finished or failed one's
 * result or exception to the frame that awaited it, as the nested resume calls would. `first` is
 * root's step that yielded the first Delegation; without it, the chain is resumed (sent `arg`, or
 * thrown it) from its innermost frame. Returns root's result: a real yield suspends the chain.
 */
function drive(
  root: PySuspendable,
  isThrow: boolean,
  arg: PyValue | PyExc | unknown,
  first: IteratorResult<PyValue, PyValue> | null,
): IteratorResult<PyValue, PyValue> {
  const chain: PySuspendable[] = [root];
  let r = first;
  if (r === null) {
    for (let c = root.delegate; c !== null; c = c.delegate) {
      try {
        c.enterDriven(!isThrow);
      } catch (e) {
        // The frame that awaited it sees the error where it awaits (it stays unresumed, as in a nested resume).
        chain[chain.length - 1].delegate = null;
        isThrow = true;
        arg = e;
        break;
      }
      chain.push(c);
    }
  }
  for (;;) {
    const top = chain[chain.length - 1];
    if (r === null) {
      try {
        const g = top.gen ?? top.begin();
        r = isThrow ? g.throw(arg) : g.next(arg as PyValue);
      } catch (e) {
        if (top === root) throw e;
        const held = top.frame !== null && holdLocals(e, top.frame);
        arg = top.raised(e);
        isThrow = true;
        chain.pop();
        top.leaveDriven(true, held);
        chain[chain.length - 1].delegate = null;
        continue;
      }
    }
    if (r.done) {
      if (top === root) return r;
      arg = top.body !== null ? top.returned(r.value) : r.value;
      isThrow = false;
      chain.pop();
      top.leaveDriven(true);
      chain[chain.length - 1].delegate = null;
      r = null;
      continue;
    }
    if (r.value instanceof Delegation) {
      const child = r.value.coro;
      r = null;
      try {
        child.enterDriven(true);
      } catch (e) {
        isThrow = true;
        arg = e;
        continue;
      }
      top.delegate = child;
      chain.push(child);
      isThrow = false;
      arg = null;
      continue;
    }
    // A real suspension: every driven frame stays where it is, suspended.
    for (let i = chain.length - 1; i > 0; i--) chain[i].leaveDriven(false);
    return r;
  }
}

export class PyCoroutine extends PySuspendable implements Awaitable {
  /** Set when something awaited it or a Task wrapped it (no "never awaited" warning then). */
  declare awaited: boolean;
  /** Where it was made (cr_origin), when origin tracking was on then. */
  declare origin: Origin | null;
  constructor(frame: Frame | null, body: Body | null, name: string, qualname: string) {
    super(coroutineClass, frame, body, name, qualname);
    this.awaited = false;
    const depth = originDepth();
    this.origin = depth > 0 ? captureOrigin(depth) : null;
    run.get(coroutines).created(this);
  }
  kindName(): string {
    return 'coroutine';
  }
  getAttr(o: PyObject, name: string): PyValue | undefined {
    return name === 'cr_origin' ? originValue(this.origin) : super.getAttr(o, name);
  }
  protected closedResume(): IteratorResult<PyValue, PyValue> {
    throw pyError('RuntimeError', 'cannot reuse already awaited coroutine');
  }
  /** `await coro` is only allowed once; marks it awaited. */
  checkAwaitable(): void {
    if (this.awaited && this.state !== 'created')
      throw pyError('RuntimeError', 'cannot reuse already awaited coroutine');
    if (this.state === 'closed') throw pyError('RuntimeError', 'cannot reuse already awaited coroutine');
    this.awaited = true;
    // Its awaiter passes on what it yields, a threaded body's waits too.
    this.waitsUp = true;
  }
  awaitIter(): Body {
    this.checkAwaitable();
    return driveCoroutine(this);
  }
}

/**
 * `yield from` / `await` into a generator or coroutine: sends and throws are forwarded through
 * resume/resumeThrow; GeneratorExit closes the inner one first, as CPython's delegation does.
 */
export function* driveCoroutine(c: PySuspendable): Body {
  // What a threaded body blocks on goes up through the frame delegating to it, as its yields do.
  const waitsUp = c.waitsUp;
  c.waitsUp = true;
  try {
    let r = c.resume(null);
    while (!r.done) {
      let sent: PyValue;
      try {
        sent = yield r.value;
      } catch (e) {
        if (e instanceof PyExc && e.exc.cls.name === 'GeneratorExit' && c instanceof PyGenerator) {
          c.close();
          throw e;
        }
        if (e instanceof PyExc) {
          r = c.resumeThrow(e);
          continue;
        }
        throw e;
      }
      r = c.resume(sent);
    }
    return r.value;
  } finally {
    c.waitsUp = waitsUp;
  }
}

export class PyGenerator extends PySuspendable {
  /** Whether the simulation watches for its death (or need not: closing it runs no code). */
  private watched: boolean;
  constructor(frame: Frame | null, body: Body | null, name: string, qualname: string) {
    super(generatorClass, frame, body, name, qualname);
    this.watched = frame === null || frame.code.closeRuns !== true;
  }
  /** The first time it stops at a yield with code to run on close, the run watches for its death. */
  override resume(value: PyValue): IteratorResult<PyValue, PyValue> {
    const r = super.resume(value);
    if (!this.watched && !r.done) {
      this.watched = true;
      run.get(generatorHooks).suspended(this);
      firstSuspended(this);
    }
    return r;
  }
  kindName(): string {
    return 'generator';
  }
  pyIter(): PyIterator {
    return new GeneratorIterator(this);
  }
}

/** The generator a Python iteration runs (null: the iterator is not a generator's). */
export function generatorOf(it: PyIterator): PyGenerator | null {
  return it instanceof GeneratorIterator ? it.g : null;
}

/** Python iteration over a generator (a class: no closure made per loop, e.g. `any(... for w in ws)`). */
class GeneratorIterator implements PyIterator {
  constructor(readonly g: PyGenerator) {}
  next(): PyValue | undefined {
    const r = this.g.resume(null);
    return r.done ? undefined : r.value;
  }
}

export class AgenYield extends PyObject {
  constructor(public value: PyValue) {
    super(asyncGeneratorClass);
  }
}

export class PyAsyncGenerator extends PySuspendable {
  /** A running `asend`/`athrow` holds the generator. */
  running = false;
  constructor(frame: Frame | null, body: Body | null, name: string, qualname: string) {
    super(asyncGeneratorClass, frame, body, name, qualname);
  }
  kindName(): string {
    return 'async generator';
  }
  /** The awaitable of `__anext__()` / `asend(v)`: runs until the next Python-level yield. */
  *step(sendValue: PyValue, throwExc: PyExc | null): Body {
    if (this.running) throw pyError('RuntimeError', 'anext(): asynchronous generator is already running');
    if (this.state === 'closed') {
      if (throwExc) throw throwExc;
      throw pyError('StopAsyncIteration');
    }
    if (throwExc === null) checkFirstSend(this, sendValue);
    this.running = true;
    try {
      let r = throwExc ? this.resumeThrow(throwExc) : this.resume(sendValue);
      for (;;) {
        if (r.done) throw pyError('StopAsyncIteration');
        if (r.value instanceof AgenYield) return r.value.value;
        let sent: PyValue;
        try {
          sent = yield r.value;
        } catch (e) {
          if (e instanceof PyExc) {
            r = this.resumeThrow(e);
            continue;
          }
          throw e;
        }
        r = this.resume(sent);
      }
    } finally {
      this.running = false;
    }
  }
}

/** An awaitable object wrapping a JS generator (anext(), asend(), native async helpers). */
class PyNativeAwaitable extends PyObject implements Awaitable {
  constructor(
    cls: PyClass,
    private make: () => Body,
  ) {
    super(cls);
  }
  awaitIter(): Body {
    return this.make();
  }
}

/**
 * An iterator that `yield from` delegates to (sends and throws forwarded), and that a user
 * `__await__` may return, while `await` of it directly is refused: asyncio's FutureIter.
 */
export interface DelegatingIterator {
  delegateIter(): Body;
}

function isDelegatingIterator(v: PyValue): v is PyObject & DelegatingIterator {
  return v instanceof PyObject && typeof (v as unknown as Partial<DelegatingIterator>).delegateIter === 'function';
}

export function isAwaitable(v: PyValue): v is PyObject & Awaitable {
  return v instanceof PyObject && typeof (v as unknown as Partial<Awaitable>).awaitIter === 'function';
}

/** `await v`: the iterator to delegate to. */
function awaitIterOf(v: PyValue): Body {
  return awaitTarget(v)[0];
}

/** Whether `await v` would take `v` (an awaitable, a generator-based coroutine, an `__await__`). */
export function canAwait(v: PyValue): boolean {
  if (isAwaitable(v)) return true;
  if (v instanceof PyGenerator) return v.frame?.code.iterableCoroutine === true;
  return v instanceof PyObject && !v.cls.isBuiltin && v.cls.lookup('__await__') !== undefined;
}

/**
 * `await v`: the iterator to delegate to, and the object the awaiting frame's await chain
 * continues into (the generator a user `__await__` returned, as CPython's cr_await shows).
 */
export function awaitTarget(v: PyValue): [Body, PyValue] {
  if (isAwaitable(v)) return [v.awaitIter(), v];
  // A generator-based coroutine (types.coroutine): awaited as `yield from` runs it.
  if (v instanceof PyGenerator && v.frame?.code.iterableCoroutine) return [driveCoroutine(v), v];
  if (v instanceof PyObject && !v.cls.isBuiltin) {
    const m = v.cls.lookup('__await__');
    if (m !== undefined) {
      const it = callMethod(m, v, []);
      if (it instanceof PyGenerator) return [driveCoroutine(it), it];
      if (isDelegatingIterator(it)) return [it.delegateIter(), it];
      if (isAwaitable(it)) return [it.awaitIter(), it];
      if (it instanceof PyCoroutine) throw pyError('TypeError', '__await__() returned a coroutine');
      if (isIterator(it)) return [delegateToIterator(it), it];
      throw pyError('TypeError', `__await__() returned non-iterator of type '${typeName(it)}'`);
    }
  }
  throw pyError(
    'TypeError',
    run.minor >= 14
      ? `'${typeName(v)}' object can't be awaited`
      : `object ${typeName(v)} can't be used in 'await' expression`,
  );
}

/** `yield from v` inside a generator: generators and awaitable iterators delegate send/throw. */
export function yieldFromTarget(v: PyValue): Body | null {
  if (v instanceof PyGenerator) return driveCoroutine(v);
  if (isDelegatingIterator(v)) return v.delegateIter();
  if (isAwaitable(v) && v.iterableAwait) return v.awaitIter();
  return null;
}

/** Where new coroutines are announced, for CPython's "never awaited" RuntimeWarning. */
class CoroutineRegistry {
  /** Told of every new coroutine (the simulation's finalizers watch them): one object's method, the same target in every run. */
  watcher: { created(c: PyCoroutine): void } | null = null;
  created(c: PyCoroutine): void {
    if (this.watcher !== null) this.watcher.created(c);
  }
}

/** The run's coroutine registry. */
export const coroutines = new RunSlot('coroutine registry', () => new CoroutineRegistry());

function suspendableRepr(s: PySuspendable): string {
  // The repr names the type ('async_generator'); kindName() is the messages' 'async generator'.
  const typeName = s instanceof PyAsyncGenerator ? 'async_generator' : s.kindName();
  return `<${typeName} object ${s.qualname} at ${addressOf(s)}>`;
}

// Python-visible methods.
for (const cls of [coroutineClass, generatorClass, asyncGeneratorClass]) {
  defNativeMethod(cls, '__repr__', 'wrapper()', (self) => suspendableRepr(self as PySuspendable));
  defNativeMethod(cls, 'close', '()', (self) => (self as PySuspendable).close());
}
/** throw(value) and the deprecated throw(type[, value[, traceback]]). */
const THROW_SIG = '(typ[, val[, tb]], /)';
/** CPython's gen_send_ex: the first resume of a frame cannot carry a value (nothing waits for one yet). */
function checkFirstSend(s: PySuspendable, value: PyValue): void {
  if (s.state === 'created' && value !== null)
    throw pyError('TypeError', `can't send non-None value to a just-started ${s.kindName()}`);
}
defNativeMethod(coroutineClass, 'send', '(value, /)', (self, [value]) => {
  const c = self as PyCoroutine;
  c.awaited = true;
  checkFirstSend(c, value);
  const r = c.resume(value);
  if (r.done) throw stopIteration(r.value);
  return r.value;
});
defNativeMethod(coroutineClass, 'throw', THROW_SIG, (self, args) => {
  const c = self as PyCoroutine;
  c.awaited = true;
  warnThrowSignature('throw', args);
  const r = c.resumeThrow(thrownExc(args));
  if (r.done) throw stopIteration(r.value);
  return r.value;
});
defNativeMethod(generatorClass, 'send', '(value, /)', (self, [value]) => {
  const g = self as PyGenerator;
  checkFirstSend(g, value);
  const r = g.resume(value);
  if (r.done) throw stopIteration(r.value);
  return r.value;
});
defNativeMethod(generatorClass, 'throw', THROW_SIG, (self, args) => {
  warnThrowSignature('throw', args);
  const r = (self as PyGenerator).resumeThrow(thrownExc(args));
  if (r.done) throw stopIteration(r.value);
  return r.value;
});
defNativeMethod(generatorClass, '__next__', 'wrapper()', (self) => {
  const r = (self as PyGenerator).resume(null);
  if (r.done) throw stopIteration(r.value);
  return r.value;
});
defNativeMethod(generatorClass, '__iter__', 'wrapper()', (self) => self);

/** StopIteration carrying a return value (none: no args, as CPython raises it for None). */
export function stopIteration(value: PyValue): PyExc {
  const e = makeError('StopIteration');
  e.args = value === null ? [] : [value];
  e.dict!.set('value', value);
  return new PyExc(e);
}

// ------------------------------------------------------------------ async generator protocol

const asendClass = builtinClass('async_generator_asend');
export const athrowClass = builtinClass('async_generator_athrow');

/** The awaitable returned by asend/athrow/aclose/__anext__; `chainNext` lets the trace follow into the generator. */
class AgenAwaitable extends PyNativeAwaitable {
  /** Driven by hand (send/throw) rather than awaited: its run so far. */
  driven: Body | null = null;
  constructor(
    cls: PyClass,
    public chainNext: PyAsyncGenerator,
    make: () => Body,
  ) {
    super(cls, make);
  }

  /** One step driven by hand: what it yields, or StopIteration with what it returns. */
  step(go: (body: Body) => IteratorResult<PyValue, PyValue>): PyValue {
    const r = go((this.driven ??= this.awaitIter()));
    if (r.done) throw stopIteration(r.value);
    return r.value;
  }
}

// An asend/athrow object driven by hand, as a coroutine runner (or a test) drives it.
for (const cls of [asendClass, athrowClass]) {
  defNativeMethod(cls, 'send', '(value, /)', (self, [value]) => (self as AgenAwaitable).step((b) => b.next(value)));
  defNativeMethod(cls, 'throw', THROW_SIG, (self, args) => {
    warnThrowSignature('throw', args);
    const a = self as AgenAwaitable;
    const exc = thrownExc(args);
    // Not started: the exception goes into the generator where it waits.
    if (a.driven === null) a.driven = a.chainNext.step(null, exc);
    else return a.step((b) => b.throw(exc));
    return a.step((b) => b.next(null));
  });
  defNativeMethod(cls, '__next__', 'wrapper()', (self) => (self as AgenAwaitable).step((b) => b.next(null)));
  defNativeMethod(cls, '__iter__', 'wrapper()', (self) => self);
}

/** `aclose()` awaited: GeneratorExit thrown in, which must end the generator. */
export function* agenClose(ag: PyAsyncGenerator): Body {
  if (ag.state === 'created' || ag.state === 'closed') {
    ag.state = 'closed';
    return null;
  }
  try {
    yield* ag.step(null, new PyExc(makeError('GeneratorExit')));
  } catch (e) {
    if (e instanceof PyExc && (e.exc.cls.name === 'GeneratorExit' || e.exc.cls.name === 'StopAsyncIteration')) {
      swallowed(e);
      return null;
    }
    throw e;
  }
  throw pyError('RuntimeError', 'async generator ignored GeneratorExit');
}

/** The thread's async generator hooks (sys.set_asyncgen_hooks; a running loop installs its own). */
export interface AsyncGenHooks {
  /** First iteration: the finalizer installed now is kept, the firstiter hook called. */
  firstIter(ag: PyAsyncGenerator): void;
  /** The generator was dropped unfinished by a statement (its finalizer, if it got one, is called now). */
  finalize(ag: PyAsyncGenerator): void;
  /** sys.get_asyncgen_hooks(): (firstiter, finalizer), None when unset. */
  get(): [PyValue, PyValue];
  set(firstiter: PyValue, finalizer: PyValue): void;
}

/** The simulation's watch over generators whose close runs code (PyGenerator.resume). */
export const generatorHooks = new RunSlot<{ suspended(g: PyGenerator): void }>('generator hooks', () => ({
  suspended() {},
}));

/** The run's async generator hooks (none until an event loop installs them). */
export const asyncGenHooks = new RunSlot<AsyncGenHooks>('async generator hooks', () => {
  let pair: [PyValue, PyValue] = [null, null];
  return {
    firstIter() {},
    finalize() {},
    get: () => pair,
    set(firstiter, finalizer) {
      pair = [firstiter, finalizer];
    },
  };
});

function agen(self: PyValue): PyAsyncGenerator {
  const ag = self as PyAsyncGenerator;
  if (ag.state === 'created' && !ag.hooked) {
    ag.hooked = true;
    run.get(asyncGenHooks).firstIter(ag);
  }
  return ag;
}
defNativeMethod(asyncGeneratorClass, '__aiter__', 'wrapper()', (self) => self);
defNativeMethod(asyncGeneratorClass, '__anext__', 'wrapper()', (self) => {
  const ag = agen(self);
  return new AgenAwaitable(asendClass, ag, () => ag.step(null, null));
});
defNativeMethod(asyncGeneratorClass, 'asend', '(value, /)', (self, [value]) => {
  const ag = agen(self);
  return new AgenAwaitable(asendClass, ag, () => ag.step(value, null));
});
defNativeMethod(asyncGeneratorClass, 'athrow', THROW_SIG, (self, args) => {
  const ag = agen(self);
  warnThrowSignature('athrow', args);
  return new AgenAwaitable(athrowClass, ag, () => ag.step(null, thrownExc(args)));
});
defNativeMethod(asyncGeneratorClass, 'aclose', '()', (self) => {
  const ag = agen(self);
  return new AgenAwaitable(athrowClass, ag, () => agenClose(ag));
});

declare module './generator' {
  interface PyAsyncGenerator {
    hooked?: boolean;
    /** The event loop it was first iterated on (an asyncio EventLoop: the interpreter sits below sim/). */
    loop?: PyObject;
  }
}

// coroutine.__await__() → an iterator over the coroutine (CPython's coroutine_wrapper).
const coroWrapperClass = builtinClass('coroutine_wrapper');
// It is awaited only through a user `__await__` that returns it (or `yield from`): `await` of it is refused.
class CoroWrapper extends PyObject implements DelegatingIterator {
  constructor(public coro: PyCoroutine) {
    super(coroWrapperClass);
  }
  delegateIter(): Body {
    return this.coro.awaitIter();
  }
}
defNativeMethod(coroutineClass, '__await__', 'wrapper()', (self) => new CoroWrapper(self as PyCoroutine));
defNativeMethod(coroWrapperClass, '__next__', 'wrapper()', (self) => {
  const c = (self as CoroWrapper).coro;
  c.awaited = true;
  const r = c.resume(null);
  if (r.done) throw stopIteration(r.value);
  return r.value;
});
defNativeMethod(coroWrapperClass, '__iter__', 'wrapper()', (self) => self);

const anextAwaitableClass = builtinClass('anext_awaitable');

/** What `anext(it, default)` returns: the iterator's own awaitable, given its default. */
class AnextAwaitable extends PyNativeAwaitable {
  constructor(
    readonly inner: PyValue,
    make: () => Body,
  ) {
    super(anextAwaitableClass, make);
  }
}

/** The async generator an awaitable of its (`__anext__()`, `asend()`, `athrow()`, `anext(ag, default)`) runs, else null. */
export function asyncGenAwaited(v: PyValue): PyAsyncGenerator | null {
  if (v instanceof AnextAwaitable) v = v.inner;
  return v instanceof AgenAwaitable ? v.chainNext : null;
}

/** The builtins aiter() and anext(). */
export function asyncIterBuiltins(): [string, PyValue][] {
  const aiter = ([v]: PyValue[]) => {
    const m = v instanceof PyObject || v === null ? (v === null ? undefined : v.cls.lookup('__aiter__')) : undefined;
    if (m === undefined) throw pyError('TypeError', `'${typeName(v)}' object is not an async iterable`);
    return callMethod(m, v, []);
  };
  const anext = ([it, dflt]: PyValue[]) => {
    const m = it instanceof PyObject ? it.cls.lookup('__anext__') : undefined;
    if (m === undefined) throw pyError('TypeError', `'${typeName(it)}' object is not an async iterator`);
    const aw = callMethod(m, it, []);
    if (dflt === undefined) return aw;
    return new AnextAwaitable(aw, function* () {
      try {
        return yield* awaitIterOf(aw);
      } catch (e) {
        if (e instanceof PyExc && e.exc.cls === getExcClass('StopAsyncIteration')) return dflt;
        throw e;
      }
    });
  };
  return [
    ['aiter', defNative('aiter', '(async_iterable, /)', aiter)],
    ['anext', defNative('anext', '(aiterator[, default], /)', anext)],
  ];
}
