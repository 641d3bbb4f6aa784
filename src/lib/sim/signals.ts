/**
 * loop.add_signal_handler and remove_signal_handler (Lib/asyncio/unix_events.py): the checks
 * CPython makes, a table of handlers, and their delivery. The loop's self-pipe is the wakeup fd
 * (signal.set_wakeup_fd): a signal the program sends itself (os.kill, signal.py's _deliver) is
 * written there while its Python handler is asyncio's no-op; select() reports the pipe, its reader
 * (_read_from_self) runs as a callback and puts each signal's handler on the ready queue
 * (_add_callback_signalsafe), which runs in the next iteration.
 */
import { PyBoxed, PyExc, PyTuple, pyError, type PyValue } from '../runtime/core';
import { call, repr, toIndex } from '../runtime/ops';
import { PyCoroutine } from '../interp/generator';
import { importModule } from '../interp/state';
import { defLoopMethod, loopClass, loopCloseHook, runPyCallback, type EventLoop } from './base_events';
import { callbackLabel } from './events';

/** A signal's handler: the callback and its arguments (CPython's Handle). */
interface SignalHandle {
  fn: PyValue;
  args: PyValue[];
}

const handlers = new WeakMap<EventLoop, Map<number, SignalHandle>>();
/** The loop whose self-pipe is the wakeup fd (the last to add a handler; none once it has none). */
let wakeupLoop: EventLoop | null = null;

/** The C signal handler's write to the wakeup fd (signal.py's _deliver, before the Python handler runs). */
export function signalWakeup(n: number): void {
  if (wakeupLoop !== null && !wakeupLoop.closed) wakeupLoop.signalBytes.push(n);
}

/** signal.signal(sig, ...) as asyncio calls it: its no-op handler, or the default again. */
function setPythonHandler(n: number, install: boolean): void {
  call(importModule('signal').dict!.get('_loop_set')!, [BigInt(n), install], null);
}

function removeHandler(loop: EventLoop, n: number): boolean {
  const table = tableOf(loop);
  if (!table.delete(n)) return false;
  setPythonHandler(n, false);
  if (table.size === 0 && wakeupLoop === loop) wakeupLoop = null;
  return true;
}

loopCloseHook.signals = (loop) => {
  for (const n of [...tableOf(loop).keys()]) removeHandler(loop, n);
};
const tableOf = (loop: EventLoop) => {
  let t = handlers.get(loop);
  if (t === undefined) handlers.set(loop, (t = new Map<number, SignalHandle>()));
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
  (self, [sig, callback, args]) => {
    if (isCoroutineFunction(callback))
      throw pyError('TypeError', 'coroutines cannot be used with add_signal_handler()');
    const n = signalNumber(sig);
    // signal.signal refuses SIGKILL and SIGSTOP with EINVAL, which asyncio reports so.
    if (n === 9 || n === 19) throw pyError('RuntimeError', `sig ${n} cannot be caught`);
    const loop = self as EventLoop;
    loop.checkClosed();
    wakeupLoop = loop;
    tableOf(loop).set(n, { fn: callback, args: [...((args as PyTuple | undefined)?.items ?? [])] });
    setPythonHandler(n, true);
    loop.signalReader = (sig) => {
      const h = tableOf(loop).get(sig);
      if (h === undefined) return;
      const handle = loop.callSoon(() => runPyCallback(loop, h.fn, h.args), callbackLabel(h.fn));
      handle.py = h.fn;
      handle.pyArgs = h.args;
      loop.selfByte = true;
    };
    return null;
  },
  loopClass,
);
defLoopMethod(
  'remove_signal_handler',
  'def (self, sig)',
  (self, [sig]) => removeHandler(self as EventLoop, signalNumber(sig)),
  loopClass,
);
