/**
 * asyncio.Future's `__await__` and `__iter__`: the C Future's FutureIter. Each call makes a new
 * iterator; its first step yields the pending future (marking it blocking, as a Task expects),
 * a step once the future is done ends with its result (StopIteration) or raises its exception, and
 * from then on (or after throw() or close()) it is exhausted. A second step while the future is
 * still pending and blocking is the RuntimeError "await wasn't used with future".
 */
import { PyObject, PyExc, builtinClass, markCType, pyError, type PyValue } from '../runtime/core';
import { type PyIterator } from '../runtime/ops';
import { thrownException, warnThrowSignature } from '../interp/thrown';
import { defNativeMethod } from '../runtime/native';
import { stopIteration, type Body, type DelegatingIterator } from '../interp/generator';
import { Future, futureClass } from './futures';

const futureIterClass = builtinClass('FutureIter');
futureIterClass.module = '_asyncio';
markCType(futureIterClass);

class FutureIter extends PyObject implements DelegatingIterator {
  /** The future, until the iterator is exhausted (the await trace follows it). */
  chainNext: Future | null;
  constructor(fut: Future) {
    super(futureIterClass);
    this.chainNext = fut;
  }

  /** One step: [true, the future] to yield, or [false, the value it ends with]; or the future's error. */
  step(): [boolean, PyValue] {
    const fut = this.chainNext;
    if (fut === null) return [false, null];
    if (!fut.done()) {
      if (fut.blocking) throw pyError('RuntimeError', "await wasn't used with future");
      fut.blocking = true;
      return [true, fut];
    }
    this.chainNext = null;
    return [false, fut.getResult()];
  }

  /** Iterated by a for loop or a builtin (zip, list): the future while pending, then the end. */
  pyIter(): PyIterator {
    return {
      next: () => {
        const [yielded, v] = this.step();
        return yielded ? v : undefined;
      },
    };
  }

  /** As `yield from` drives it: what is sent is ignored; a throw exhausts it and goes on out. */
  *delegateIter(): Body {
    for (;;) {
      const [yielded, v] = this.step();
      if (!yielded) return v;
      try {
        yield v;
      } catch (e) {
        this.chainNext = null;
        throw e;
      }
    }
  }
}

function next(self: PyValue): PyValue {
  const [yielded, v] = (self as FutureIter).step();
  if (yielded) return v;
  throw stopIteration(v);
}

const NOT_EXCEPTION = 'exceptions must be classes deriving BaseException or instances of such a class';
const newIter = (self: PyValue) => new FutureIter(self as Future);
// `for x in fut` iterates a new FutureIter, as iter(fut) does.
(Future.prototype as unknown as { pyIter(this: Future): PyIterator }).pyIter = function () {
  return new FutureIter(this).pyIter();
};
defNativeMethod(futureClass, '__await__', 'wrapper()', newIter);
defNativeMethod(futureClass, '__iter__', 'wrapper()', newIter);
defNativeMethod(futureIterClass, '__next__', 'wrapper()', next);
defNativeMethod(futureIterClass, '__iter__', 'wrapper()', (self) => self);
defNativeMethod(futureIterClass, 'send', '(unused, /)', next);
defNativeMethod(futureIterClass, 'throw', '(type[, value[, traceback]], /)', (self, args) => {
  warnThrowSignature('throw', args);
  const e = thrownException(args[0], args[1], args[2], NOT_EXCEPTION);
  (self as FutureIter).chainNext = null;
  throw new PyExc(e);
});
defNativeMethod(futureIterClass, 'close', '()', (self) => {
  (self as FutureIter).chainNext = null;
  return null;
});
