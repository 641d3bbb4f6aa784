/**
 * loop.add_signal_handler and remove_signal_handler (Lib/asyncio/unix_events.py): the checks
 * CPython makes, and a table of handlers. No signal reaches a simulated program, so a handler
 * is kept but never called.
 */
import { PyBoxed, PyExc, pyError, type PyValue } from '../runtime/core';
import { repr, toIndex } from '../runtime/ops';
import { PyCoroutine } from '../interp/generator';
import { defLoopMethod, type EventLoop } from './base_events';

const handlers = new WeakMap<EventLoop, Map<number, PyValue>>();
const tableOf = (loop: EventLoop) => {
  let t = handlers.get(loop);
  if (t === undefined) handlers.set(loop, (t = new Map()));
  return t;
};

/** _check_signal: an int among signal.valid_signals() (1..64 on Linux, less glibc's 32 and 33). */
function signalNumber(sig: PyValue): number {
  let n: number;
  try {
    // An int, or an IntEnum member such as signal.SIGTERM.
    n = Number(toIndex(sig instanceof PyBoxed ? sig.value : sig));
  } catch (e) {
    if (e instanceof PyExc) throw pyError('TypeError', `sig must be an int, not ${repr(sig)}`);
    throw e;
  }
  if (n < 1 || n > 64 || n === 32 || n === 33) throw pyError('ValueError', `invalid signal number ${n}`);
  return n;
}

function isCoroutineFunction(f: PyValue): boolean {
  const code = (f as { code?: { kind: string } } | null)?.code;
  return f instanceof PyCoroutine || code?.kind === 'coroutine';
}

defLoopMethod(
  'add_signal_handler',
  'def (self, sig, callback, *args)',
  (self, [sig, callback]) => {
    if (isCoroutineFunction(callback))
      throw pyError('TypeError', 'coroutines cannot be used with add_signal_handler()');
    const n = signalNumber(sig);
    // signal.signal refuses SIGKILL and SIGSTOP with EINVAL, which asyncio reports so.
    if (n === 9 || n === 19) throw pyError('RuntimeError', `sig ${n} cannot be caught`);
    tableOf(self as EventLoop).set(n, callback);
    return null;
  },
  '_UnixSelectorEventLoop',
);
defLoopMethod(
  'remove_signal_handler',
  'def (self, sig)',
  (self, [sig]) => tableOf(self as EventLoop).delete(signalNumber(sig)),
  '_UnixSelectorEventLoop',
);
