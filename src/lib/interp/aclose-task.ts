/**
 * The `aclose()` awaitable of an async generator run as a Task's coroutine: what the loop's
 * finalizer hook and shutdown_asyncgens() schedule. The Task drives the athrow object itself
 * (send/throw), so a cancel before its first step throws into it while it is still in its initial
 * state, which CPython handles differently by version:
 *  - 3.11 and 3.12: the exception goes straight into the generator and the athrow stays initial,
 *    so its next send is the first of aclose(): GeneratorExit thrown where the generator now waits.
 *  - 3.13 on: the throw starts the athrow (and marks the generator running), later sends go on
 *    from there.
 * Either way, in aclose() mode a yielded value means the GeneratorExit was ignored, and the
 * generator ending (StopAsyncIteration, GeneratorExit) ends the athrow.
 */
import { PyExc, pyError, type PyValue } from '../runtime/core';
import { run } from '../runtime/run';
import { AgenYield, PyCoroutine, agenClose, athrowClass, type Body, type PyAsyncGenerator } from './generator';
import { swallowed } from './drops';

const IGNORED_EXIT = 'async generator ignored GeneratorExit';

/** The athrow as a task's coroutine: remembers an exception thrown in before it started. */
class AcloseTaskCoroutine extends PyCoroutine {
  /** What the first throw brought in (a cancel before the first step), for the body to handle. */
  thrownFirst: PyExc | null = null;

  resumeThrow(exc: PyExc): IteratorResult<PyValue, PyValue> {
    if (this.state !== 'created') return super.resumeThrow(exc);
    this.thrownFirst = exc;
    return this.resume(null);
  }
}

/** A task's coroutine that is an async generator's aclose() (asyncio's repr names it by its type). */
export function isAcloseTask(c: unknown): boolean {
  return c instanceof AcloseTaskCoroutine;
}

/** The generator ended as aclose() wants (StopAsyncIteration or GeneratorExit)? Then that exception is let go. */
function endsAclose(e: unknown): boolean {
  const ends = e instanceof PyExc && (e.exc.cls.name === 'GeneratorExit' || e.exc.cls.name === 'StopAsyncIteration');
  if (ends) swallowed(e);
  return ends;
}

/** 3.13 on: the athrow started by a throw goes on as aclose() does, with that exception. */
function* startedByThrow(ag: PyAsyncGenerator, exc: PyExc): Body {
  if (ag.running) throw pyError('RuntimeError', 'aclose(): asynchronous generator is already running');
  try {
    yield* ag.step(null, exc);
  } catch (e) {
    if (endsAclose(e)) return null;
    throw e;
  }
  throw pyError('RuntimeError', IGNORED_EXIT);
}

/**
 * 3.11 and 3.12: each throw while the athrow is initial goes into the generator for one step (it
 * is not marked running); the first send then does what aclose() does.
 */
function* throwsWhileInitial(ag: PyAsyncGenerator, exc: PyExc): Body {
  for (;;) {
    let r: IteratorResult<PyValue, PyValue>;
    try {
      r = ag.resumeThrow(exc);
    } catch (e) {
      if (endsAclose(e)) return null;
      throw e;
    }
    if (r.done) return null;
    if (r.value instanceof AgenYield) throw pyError('RuntimeError', IGNORED_EXIT);
    try {
      yield r.value;
    } catch (e) {
      if (!(e instanceof PyExc)) throw e;
      exc = e;
      continue;
    }
    return yield* agenClose(ag);
  }
}

/** The athrow's body: aclose() as sent, or what the first throw into it brought (`c.thrownFirst`). */
function* acloseBody(c: AcloseTaskCoroutine, ag: PyAsyncGenerator): Body {
  const exc = c.thrownFirst;
  if (exc === null) return yield* agenClose(ag);
  c.thrownFirst = null;
  return yield* run.minor >= 13 ? startedByThrow(ag, exc) : throwsWhileInitial(ag, exc);
}

/** `agen.aclose()` as a Task's coroutine (CPython wraps the athrow object directly). */
export function athrowCoroutine(ag: PyAsyncGenerator): PyCoroutine {
  const c = new AcloseTaskCoroutine(null, null, 'async_generator_athrow', 'async_generator_athrow');
  c.gen = acloseBody(c, ag);
  // Python sees the athrow object itself (task.get_coro()): `<async_generator_athrow object at ...>`.
  c.cls = athrowClass;
  c.awaited = true;
  (c as unknown as { chainNext: PyValue }).chainNext = ag;
  return c;
}
