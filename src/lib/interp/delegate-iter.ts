/**
 * `yield from it` and `await` of an `__await__` that returned an iterator other than a generator
 * (a class with `__next__`, a list's iterator), as CPython's SEND and gen_throw treat one: None
 * sent calls `__next__`, another value its `send`; an exception thrown in goes to its `throw` if
 * it has one (else it is raised at the delegation), GeneratorExit calls its `close` first; the
 * StopIteration that ends it gives its value as the delegation's result.
 */
import { PyExc, getExcClass, isInstance, typeOf, type PyValue } from '../runtime/core';
import { call, callMethod, callMethodByName, getattr, getattrOpt } from '../runtime/ops';

type Body = Generator<PyValue, PyValue, PyValue>;

/** Whether `it`'s type has `__next__` (CPython's PyIter_Check). */
export function isIterator(it: PyValue): boolean {
  return typeOf(it).lookup('__next__') !== undefined;
}

/** [true, value] when `f` ended the iterator (StopIteration's value), else [false, what it yielded]. */
function step(f: () => PyValue): [boolean, PyValue] {
  try {
    return [false, f()];
  } catch (e) {
    if (e instanceof PyExc && isInstance(e.exc, getExcClass('StopIteration'))) return [true, getattr(e.exc, 'value')];
    throw e;
  }
}

/** Delegate to the iterator `it` until it stops; its StopIteration's value is the result. */
export function* delegateToIterator(it: PyValue): Body {
  const nx = typeOf(it).lookup('__next__')!;
  let r = step(() => callMethod(nx, it, []));
  for (;;) {
    if (r[0]) return r[1];
    let sent: PyValue;
    try {
      sent = yield r[1];
    } catch (e) {
      if (!(e instanceof PyExc)) throw e;
      if (isInstance(e.exc, getExcClass('GeneratorExit'))) {
        const close = getattrOpt(it, 'close');
        if (close !== undefined) call(close, [], null);
        throw e;
      }
      const thrower = getattrOpt(it, 'throw');
      if (thrower === undefined) throw e;
      r = step(() => call(thrower, [e.exc], null));
      continue;
    }
    r = step(() => (sent === null ? callMethod(nx, it, []) : callMethodByName(it, 'send', [sent])));
  }
}
