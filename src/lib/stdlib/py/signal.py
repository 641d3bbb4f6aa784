# `signal` on the simulated machine: Linux's signal numbers and names, and handlers that can be
# set and read back. Only the program itself sends it signals (os.kill(os.getpid(), sig),
# raise_signal): the handler runs at once, in the call, as CPython checks for signals before it returns.

from enum import IntEnum
import _stdlib_native
from _stdlib_native import default_int_handler

__all__ = ['Signals', 'Handlers', 'signal', 'getsignal', 'strsignal', 'valid_signals', 'default_int_handler',
           'raise_signal', 'SIG_DFL', 'SIG_IGN', 'NSIG']


class Signals(IntEnum):
    SIGHUP = 1
    SIGINT = 2
    SIGQUIT = 3
    SIGILL = 4
    SIGTRAP = 5
    SIGABRT = 6
    SIGIOT = 6
    SIGBUS = 7
    SIGFPE = 8
    SIGKILL = 9
    SIGUSR1 = 10
    SIGSEGV = 11
    SIGUSR2 = 12
    SIGPIPE = 13
    SIGALRM = 14
    SIGTERM = 15
    SIGSTKFLT = 16
    SIGCHLD = 17
    SIGCLD = 17
    SIGCONT = 18
    SIGSTOP = 19
    SIGTSTP = 20
    SIGTTIN = 21
    SIGTTOU = 22
    SIGURG = 23
    SIGXCPU = 24
    SIGXFSZ = 25
    SIGVTALRM = 26
    SIGPROF = 27
    SIGWINCH = 28
    SIGIO = 29
    SIGPOLL = 29
    SIGPWR = 30
    SIGSYS = 31
    SIGRTMIN = 34
    SIGRTMAX = 64


Signals.__module__ = 'signal'


class Handlers(IntEnum):
    SIG_DFL = 0
    SIG_IGN = 1


Handlers.__module__ = 'signal'

SIGHUP = Signals.SIGHUP
SIGINT = Signals.SIGINT
SIGQUIT = Signals.SIGQUIT
SIGILL = Signals.SIGILL
SIGTRAP = Signals.SIGTRAP
SIGABRT = Signals.SIGABRT
SIGBUS = Signals.SIGBUS
SIGFPE = Signals.SIGFPE
SIGKILL = Signals.SIGKILL
SIGUSR1 = Signals.SIGUSR1
SIGSEGV = Signals.SIGSEGV
SIGUSR2 = Signals.SIGUSR2
SIGPIPE = Signals.SIGPIPE
SIGALRM = Signals.SIGALRM
SIGTERM = Signals.SIGTERM
SIGSTKFLT = Signals.SIGSTKFLT
SIGCHLD = Signals.SIGCHLD
SIGCLD = Signals.SIGCHLD
SIGCONT = Signals.SIGCONT
SIGSTOP = Signals.SIGSTOP
SIGTSTP = Signals.SIGTSTP
SIGTTIN = Signals.SIGTTIN
SIGTTOU = Signals.SIGTTOU
SIGURG = Signals.SIGURG
SIGXCPU = Signals.SIGXCPU
SIGXFSZ = Signals.SIGXFSZ
SIGVTALRM = Signals.SIGVTALRM
SIGPROF = Signals.SIGPROF
SIGWINCH = Signals.SIGWINCH
SIGIO = Signals.SIGIO
SIGPWR = Signals.SIGPWR
SIGSYS = Signals.SIGSYS
SIGRTMIN = Signals.SIGRTMIN
SIGRTMAX = Signals.SIGRTMAX
SIGIOT = Signals.SIGABRT
SIGPOLL = Signals.SIGIO
SIG_DFL = Handlers.SIG_DFL
SIG_IGN = Handlers.SIG_IGN
NSIG = 65

_descriptions = {
    1: 'Hangup', 2: 'Interrupt', 3: 'Quit', 4: 'Illegal instruction', 5: 'Trace/breakpoint trap',
    6: 'Aborted', 7: 'Bus error', 8: 'Floating point exception', 9: 'Killed', 10: 'User defined signal 1',
    11: 'Segmentation fault', 12: 'User defined signal 2', 13: 'Broken pipe', 14: 'Alarm clock',
    15: 'Terminated', 16: 'Stack fault', 17: 'Child exited', 18: 'Continued', 19: 'Stopped (signal)',
    20: 'Stopped', 21: 'Stopped (tty input)', 22: 'Stopped (tty output)', 23: 'Urgent I/O condition',
    24: 'CPU time limit exceeded', 25: 'File size limit exceeded', 26: 'Virtual timer expired',
    27: 'Profiling timer expired', 28: 'Window changed', 29: 'I/O possible', 30: 'Power failure',
    31: 'Bad system call',
}


_handlers = {int(s): SIG_DFL for s in Signals}
_handlers[2] = default_int_handler
# Each process has its own handlers: the main process's are _handlers; a child's are made when it
# first asks, as a copy of the main process's (a forked multiprocessing child's), or fresh for a
# Python child of subprocess (_fresh_handlers: exec resets them).
_process_handlers = {}


def _table(pid=None):
    pid = _stdlib_native.getpid() if pid is None else pid
    if pid == _stdlib_native.main_pid():
        return _handlers
    table = _process_handlers.get(pid)
    if table is None:
        table = _process_handlers[pid] = dict(_handlers)
    return table


def _fresh_handlers():
    """A Python child of subprocess starts with the default handlers (exec resets them)."""
    table = _process_handlers[_stdlib_native.getpid()] = {int(s): SIG_DFL for s in Signals}
    table[2] = default_int_handler


def _handler_of(pid, n):
    """The handler child process `pid` has for signal `n` (SIG_DFL if it never set one)."""
    table = _process_handlers.get(pid)
    return SIG_DFL if table is None else table.get(n, SIG_DFL)


def _number(signalnum):
    index = getattr(type(signalnum), '__index__', None)
    if index is None or isinstance(signalnum, (float, str)):
        raise TypeError(f"'{type(signalnum).__name__}' object cannot be interpreted as an integer")
    n = int(signalnum)
    if not 1 <= n < NSIG:
        raise ValueError('signal number out of range')
    return n


def _as_handler(h):
    if not callable(h) and int(h) in (0, 1):
        return Handlers(int(h))
    return h


def signal(signalnum, handler, /):
    n = _number(signalnum)
    if not callable(handler) and not (type(handler) in (int, Handlers) and int(handler) in (0, 1)):
        raise TypeError('signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object')
    if n in (9, 19):
        raise OSError(22, 'Invalid argument')
    table = _table()
    old = table.get(n, SIG_DFL)
    table[n] = _as_handler(handler)
    return old


def getsignal(signalnum, /):
    return _table().get(_number(signalnum), SIG_DFL)


def strsignal(signalnum, /):
    n = _number(signalnum)
    if 34 <= n <= 64:
        return f'Real-time signal {n - 34}'
    return _descriptions.get(n)


def raise_signal(signalnum, /):
    """Send a signal to the executing process."""
    if not hasattr(type(signalnum), '__index__'):
        raise TypeError(f"'{type(signalnum).__name__}' object cannot be interpreted as an integer")
    n = signalnum.__index__()
    # raise(3) refuses what is not a signal, and glibc's own 32 and 33; 0 sends nothing.
    if not 0 <= n < NSIG or n in (32, 33):
        raise OSError(22, 'Invalid argument')
    if n == 0:
        return
    import sys
    threading = sys.modules.get('threading')
    if threading is not None and threading.current_thread() is not threading.main_thread():
        _stdlib_native.refuse('signal.raise_signal from a thread other than the main thread is not simulated in '
                              'Loopline')
    _deliver(n)


def valid_signals():
    return {Signals(n) if n in Signals._value2member_map_ else n for n in range(1, NSIG) if n not in (32, 33)}


# What a signal does by default when no handler is set: these are ignored; the stop signals stop
# the process and the others end it, neither of which is simulated.
_IGNORED_BY_DEFAULT = {17, 18, 23, 28}


def _deliver(n):
    """The program's own signal `n` arrives (os.kill): its handler runs now, in the main thread,
    given the frame that was running (os.kill's caller)."""
    handler = _table().get(n, SIG_DFL)
    if isinstance(handler, Handlers):
        if handler == SIG_IGN or n in _IGNORED_BY_DEFAULT:
            return
        name = Signals(n).name if n in Signals._value2member_map_ else str(n)
        _stdlib_native.refuse(f"the program ended by its own signal {name} (no handler set) is not simulated in "
                              "Loopline")
    # The C handler writes the signal to the wakeup fd first (an event loop's self-pipe, once it
    # has a signal handler: loop.add_signal_handler).
    _stdlib_native.signal_wakeup(n)
    if n == 2 and handler is default_int_handler:
        import sys
        asyncio = sys.modules.get('asyncio')
        if asyncio is not None and asyncio._get_running_loop() is not None:
            _stdlib_native.refuse('KeyboardInterrupt from SIGINT inside a running event loop (no asyncio.run handler) '
                                  'is not simulated in Loopline')
    frames = _stdlib_native.stack_frames()
    handler(n, frames[0] if frames else None)


def _sighandler_noop(signum, frame):
    """Dummy signal handler."""


def _loop_set(n, install):
    """loop.add_signal_handler's signal.signal(sig, _sighandler_noop), and remove_signal_handler's
    going back to the default (SIGINT's: default_int_handler)."""
    _table()[n] = _sighandler_noop if install else (default_int_handler if n == 2 else SIG_DFL)

# The C module _signal's (signal.py wraps the rest): `<built-in function strsignal>`.
from _stdlib_native import c_functions as _c_functions
_c_functions('_signal', globals(), 'strsignal raise_signal')
del _c_functions
