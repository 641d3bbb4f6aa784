# threading for Loopline's simulated threads (src/lib/sim/threads.md), built on the native
# _thread module's locks. A thread switches only where it blocks (sleep, acquire, join, wait,
# a queue's get): one GIL, no time slicing. What programs see (names, reprs, errors, the order
# in which waiters wake) is CPython 3.13's.

import _thread
import sys as _sys
from _stdlib_native import stderr_write as _stderr_write

_new_lock = _thread.allocate_lock
get_ident = _thread.get_ident
# threading.Lock is the lock type from 3.13, a factory function before.
Lock = _thread.LockType if _sys.version_info >= (3, 13) else _thread.allocate_lock
TIMEOUT_MAX = _thread.TIMEOUT_MAX
ThreadError = _thread.error

__all__ = ['get_ident', 'active_count', 'Condition', 'current_thread', 'enumerate', 'main_thread',
           'TIMEOUT_MAX', 'Event', 'Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Thread',
           'Barrier', 'BrokenBarrierError', 'Timer', 'ThreadError', 'local', 'get_native_id']


def get_native_id():
    return _thread.get_ident()


def _now():
    import time
    return time.monotonic()


_SPENT = object()


class _Budget:
    # A timeout shared by the several waits of one call: the first wait may take all of it
    # (the clock is read then, to fix the deadline), each later one what is left, or none:
    # left() gives the next wait's timeout (None: no limit) or _SPENT.

    def __init__(self, timeout):
        self.timeout = timeout
        self.deadline = None

    def left(self):
        if self.timeout is None:
            return None
        if self.deadline is None:
            self.deadline = _now() + self.timeout
            return self.timeout
        rest = self.deadline - _now()
        return _SPENT if rest <= 0 else rest


# ---- locks and conditions

class RLock:
    # A lock its owner may take again: a plain lock, the owning thread and a depth. CPython's is
    # the C class _thread.RLock (its repr says owner=0 while nobody holds it).
    __module__ = '_thread'

    def __init__(self, *args, **kwargs):
        # CPython's C type ignores its arguments.
        self._inner = _new_lock()
        self._owner = None
        self._count = 0

    def __repr__(self):
        state = 'locked' if self._inner.locked() else 'unlocked'
        cls = self.__class__
        return '<%s %s.%s object owner=%r count=%d at %s>' % (
            state, cls.__module__, cls.__qualname__, self._owner or 0, self._count, hex(id(self)))

    def acquire(self, blocking=True, timeout=-1):
        me = get_ident()
        if self._owner == me:
            self._count += 1
            return True
        got = self._inner.acquire(blocking, timeout)
        if got:
            self._owner = me
            self._count = 1
        return got

    __enter__ = acquire

    def release(self):
        if self._owner != get_ident():
            raise RuntimeError('cannot release un-acquired lock')
        self._count -= 1
        if not self._count:
            self._owner = None
            self._inner.release()

    def __exit__(self, t, v, tb):
        self.release()

    if _sys.version_info >= (3, 14):

        def locked(self):
            return self._inner.locked()

    # Condition.wait lets go of the lock whatever its depth, then takes it back as it was.

    def _let_go(self):
        if self._count == 0:
            raise RuntimeError('cannot release un-acquired lock')
        held = (self._count, self._owner)
        self._count = 0
        self._owner = None
        self._inner.release()
        return held

    def _take_back(self, held):
        self._inner.acquire()
        self._count, self._owner = held

    def _mine(self):
        return self._owner == get_ident()

    # What CPython's C lock tells threading's own code: held by the caller, and how deep.
    _is_owned = _mine

    def _recursion_count(self):
        return self._count if self._mine() else 0


_CRLock = RLock


def RLock(*args, **kwargs):
    # A factory function, as CPython's (type(RLock()) is the lock class, _thread.RLock).
    if args or kwargs:
        if _sys.version_info >= (3, 13):
            import warnings
            warnings.warn('Passing arguments to RLock is deprecated and will be removed in 3.15',
                          DeprecationWarning, stacklevel=2)
    return _CRLock(*args, **kwargs)


class Condition:
    # Each waiter sleeps on a lock of its own, taken before it waits: notify() releases the
    # oldest waiters' locks.

    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release
        self._waiters = []

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *exc_info):
        return self._lock.__exit__(*exc_info)

    def __repr__(self):
        return '<Condition(%s, %d)>' % (self._lock, len(self._waiters))

    def _held_here(self):
        if isinstance(self._lock, _CRLock):
            return self._lock._mine()
        # A plain lock has no owner: held (by someone) when it cannot be taken now.
        if self._lock.acquire(False):
            self._lock.release()
            return False
        return True

    _is_owned = _held_here

    def _let_go(self):
        if isinstance(self._lock, _CRLock):
            return self._lock._let_go()
        self._lock.release()

    def _take_back(self, held):
        if isinstance(self._lock, _CRLock):
            self._lock._take_back(held)
        else:
            self._lock.acquire()

    def wait(self, timeout=None):
        if not self._held_here():
            raise RuntimeError('cannot wait on un-acquired lock')
        gate = _new_lock()
        gate.acquire()
        self._waiters.append(gate)
        held = self._let_go()
        woken = False
        try:
            if timeout is None:
                woken = gate.acquire()
            elif timeout > 0:
                woken = gate.acquire(True, timeout)
            else:
                woken = gate.acquire(False)
            return woken
        finally:
            self._take_back(held)
            if not woken and gate in self._waiters:
                self._waiters.remove(gate)

    def wait_for(self, predicate, timeout=None):
        budget = _Budget(timeout)
        ok = predicate()
        while not ok:
            left = budget.left()
            if left is _SPENT:
                break
            self.wait(left)
            ok = predicate()
        return ok

    def notify(self, n=1):
        if not self._held_here():
            raise RuntimeError('cannot notify on un-acquired lock')
        woken = 0
        while self._waiters and woken < n:
            gate = self._waiters[0]
            gate.release()
            self._waiters.remove(gate)
            woken += 1

    def notify_all(self):
        self.notify(len(self._waiters))


# ---- semaphores, events, barriers (each a counter or flag under a Condition)

class Semaphore:
    def __init__(self, value=1):
        if value < 0:
            raise ValueError('semaphore initial value must be >= 0')
        self._cond = Condition(Lock())
        self._value = value

    def __repr__(self):
        cls = self.__class__
        return '<%s.%s at %s: value=%d>' % (cls.__module__, cls.__qualname__, hex(id(self)), self._value)

    def acquire(self, blocking=True, timeout=None):
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        budget = _Budget(timeout)
        with self._cond:
            while not self._value:
                if not blocking:
                    return False
                left = budget.left()
                if left is _SPENT:
                    return False
                self._cond.wait(left)
            self._value -= 1
            return True

    __enter__ = acquire

    def __exit__(self, t, v, tb):
        self.release()

    def _add(self, n):
        self._value += n
        self._cond.notify(n)

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            self._add(n)


class BoundedSemaphore(Semaphore):
    # release() past the initial value is an error.

    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            if self._value + n > self._initial_value:
                raise ValueError('Semaphore released too many times')
            self._add(n)


class Event:
    def __init__(self):
        self._cond = Condition(Lock())
        self._flag = False

    def __repr__(self):
        kind = self.__class__
        state = 'set' if self._flag else 'unset'
        return f'<{kind.__module__}.{kind.__qualname__} at {id(self):#x}: {state}>'

    def is_set(self):
        return self._flag

    def set(self):
        with self._cond:
            self._flag = True
            self._cond.notify_all()

    def clear(self):
        with self._cond:
            self._flag = False

    def wait(self, timeout=None):
        with self._cond:
            return self._flag or self._cond.wait(timeout)


class BrokenBarrierError(RuntimeError):
    pass


# A Barrier's _state: taking arrivals, letting a full round out, being reset, broken.
_FILLING, _DRAINING, _RESETTING, _BROKEN = 0, 1, -1, -2


class Barrier:
    # Parties arrive one by one; the last one runs the action and lets the round out. A new
    # round starts filling once every party of the last one has left wait().

    def __init__(self, parties, action=None, timeout=None):
        # 3.11 and 3.12 take any count; 3.13 added the check, and 3.14 reworded its message
        if parties < 1 and _sys.version_info >= (3, 14):
            raise ValueError('parties must be >= 1')
        if parties < 1 and _sys.version_info >= (3, 13):
            raise ValueError('parties must be > 0')
        self._cond = Condition(Lock())
        self._action = action
        self._timeout = timeout
        self._parties = parties
        self._state = _FILLING
        self._count = 0

    def __repr__(self):
        cls = self.__class__
        if self.broken:
            return '<%s.%s at %s: broken>' % (cls.__module__, cls.__qualname__, hex(id(self)))
        return '<%s.%s at %s: waiters=%d/%d>' % (cls.__module__, cls.__qualname__, hex(id(self)),
                                                 self.n_waiting, self.parties)

    def wait(self, timeout=None):
        if timeout is None:
            timeout = self._timeout
        with self._cond:
            self._await_round()
            index = self._count
            self._count += 1
            try:
                if index + 1 == self._parties:
                    self._open()
                else:
                    self._await_open(timeout)
                return index
            finally:
                self._count -= 1
                self._leave()

    def _await_round(self):
        # An arrival waits while the previous round is still leaving or being reset.
        while self._state in (_RESETTING, _DRAINING):
            self._cond.wait()
        if self._state == _BROKEN:
            raise BrokenBarrierError

    def _open(self):
        try:
            if self._action:
                self._action()
            self._state = _DRAINING
            self._cond.notify_all()
        except:
            self._smash()
            raise

    def _await_open(self, timeout):
        if not self._cond.wait_for(lambda: self._state != _FILLING, timeout):
            self._smash()
            raise BrokenBarrierError
        if self._state < 0:
            raise BrokenBarrierError

    def _leave(self):
        if self._count == 0 and self._state in (_RESETTING, _DRAINING):
            self._state = _FILLING
            self._cond.notify_all()

    def _smash(self):
        self._state = _BROKEN
        self._cond.notify_all()

    def reset(self):
        with self._cond:
            if self._count == 0:
                self._state = _FILLING
            elif self._state in (_FILLING, _BROKEN):
                self._state = _RESETTING
            self._cond.notify_all()

    def abort(self):
        with self._cond:
            self._smash()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        return self._count if self._state == _FILLING else 0

    @property
    def broken(self):
        return self._state == _BROKEN


# ---- threads

_names_given = 0


def _next_name(template):
    global _names_given
    _names_given += 1
    return template % _names_given


# Running threads by ident, and threads started but not yet running (keyed by themselves).
_running = {}
# CPython's name for the same table (multiprocessing and some programs read it).
_active = _running
_starting = {}


class Thread:
    _initialized = False

    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *, daemon=None):
        assert group is None, 'group argument must be None for now'
        if name:
            name = str(name)
        else:
            name = _next_name('Thread-%d')
            if target is not None:
                try:
                    name += f' ({target.__name__})'
                except AttributeError:
                    pass
        # _target, _args and _kwargs keep CPython's names: subclasses' run() use them.
        self._target = target
        self._args = args
        self._kwargs = {} if kwargs is None else kwargs
        self._name = name
        self._daemonic = current_thread().daemon if daemon is None else daemon
        self._ident = None
        self._started = Event()
        self._finished = False
        self._alive = _new_lock()  # held from start() until the thread ends; join() waits on it
        self._initialized = True

    def __repr__(self):
        assert self._initialized, 'Thread.__init__() was not called'
        if self._finished:
            status = 'stopped'
        elif self._started.is_set():
            status = 'started'
        else:
            status = 'initial'
        if self._daemonic:
            status += ' daemon'
        if self._ident is not None:
            status += ' %s' % self._ident
        return '<%s(%s, %s)>' % (self.__class__.__name__, self._name, status)

    def start(self):
        if not self._initialized:
            raise RuntimeError('thread.__init__() not called')
        if self._started.is_set():
            raise RuntimeError('threads can only be started once')
        _starting[self] = self
        self._alive.acquire()
        _thread.start_new_thread(self._thread_body, ())
        self._started.wait()

    def run(self):
        try:
            if self._target is not None:
                try:
                    self._target(*self._args, **self._kwargs)
                except BaseException as exc:
                    _thread._left_frame(exc, 'Thread.run')
                    raise
        finally:
            del self._target, self._args, self._kwargs

    def _thread_body(self):
        # What the new thread runs: register, tell start() it is up, run, report an uncaught
        # exception through excepthook, and let join() return.
        self._ident = get_ident()
        _thread._set_name(self._name)
        _thread._set_daemon(self._ident, self._daemonic)
        _running[self._ident] = self
        del _starting[self]
        self._started.set()
        try:
            self.run()
        except SystemExit:
            pass
        except BaseException as exc:
            _thread._left_frame(exc, 'Thread._bootstrap_inner'
                                if _sys.version_info < (3, 14) else 'Thread._bootstrap_inner.314')
            self._invoke_excepthook(exc)
        finally:
            self._finished = True
            self._alive.release()
            del _running[self._ident]

    def _invoke_excepthook(self, exc):
        # threading.excepthook as it is now; one that raises is reported on sys.stderr.
        try:
            excepthook(ExceptHookArgs(type(exc), exc, exc.__traceback__, self))
        except Exception as failure:
            failure.__suppress_context__ = True
            _thread._left_frame(failure, 'invoke_excepthook')
            _write_stderr('Exception in threading.excepthook:\n' + _thread._format_exception(failure))

    def join(self, timeout=None):
        if not self._initialized:
            raise RuntimeError('Thread.__init__() not called')
        if not self._started.is_set():
            raise RuntimeError('cannot join thread before it is started')
        if self is current_thread():
            raise RuntimeError('cannot join current thread')
        if self._finished:
            return
        if timeout is None:
            ended = self._alive.acquire()
        else:
            ended = self._alive.acquire(True, max(timeout, 0))
        if ended:
            self._alive.release()

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, name):
        self._name = str(name)

    @property
    def ident(self):
        return self._ident

    native_id = ident

    def is_alive(self):
        return self._started.is_set() and not self._finished

    @property
    def daemon(self):
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if self._started.is_set():
            raise RuntimeError('cannot set daemon status of active thread')
        self._daemonic = daemonic

    # the old camelCase spellings

    def isDaemon(self):
        return self.daemon

    def setDaemon(self, daemonic):
        self.daemon = daemonic

    def getName(self):
        return self.name

    def setName(self, name):
        self.name = name


class ExceptHookArgs:
    def __init__(self, exc_type, exc_value, exc_traceback, thread):
        self.exc_type = exc_type
        self.exc_value = exc_value
        self.exc_traceback = exc_traceback
        self.thread = thread


def excepthook(args):
    who = get_ident() if args.thread is None else args.thread.name
    _write_stderr(f'Exception in thread {who}:\n' + _thread._format_exception(args.exc_value))


def _write_stderr(text):
    # sys.stderr as it is now (redirect_stderr catches it), the process's own when it is None.
    out = _sys.stderr
    (_stderr_write if out is None else out.write)(text)


__excepthook__ = excepthook


class Timer(Thread):
    # Calls function(*args, **kwargs) after `interval` seconds unless cancel() comes first.

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = [] if args is None else args
        self.kwargs = {} if kwargs is None else kwargs
        self.finished = Event()

    def cancel(self):
        self.finished.set()

    def run(self):
        self.finished.wait(self.interval)
        if not self.finished.is_set():
            try:
                self.function(*self.args, **self.kwargs)
            except BaseException as exc:
                _thread._left_frame(exc, 'Timer.run')
                raise
        self.finished.set()


class _ProgramThread(Thread):
    # The thread the program starts in.
    def __init__(self):
        Thread.__init__(self, name='MainThread', daemon=False)
        self._started.set()
        self._ident = _thread._main_ident()
        _running[self._ident] = self


class _ForeignThread(Thread):
    # A thread threading did not start (met through current_thread()): always a daemon.
    def __init__(self):
        Thread.__init__(self, name=_next_name('Dummy-%d'), daemon=True)
        self._started.set()
        self._ident = get_ident()
        _running[self._ident] = self

    def join(self, timeout=None):
        raise RuntimeError('cannot join a dummy thread')


def current_thread():
    me = _running.get(get_ident())
    return _ForeignThread() if me is None else me


currentThread = current_thread


def active_count():
    return len(enumerate())


activeCount = active_count


def enumerate():
    # The module is shared by the simulated processes (a forked child has its own in CPython).
    mine = [t for ident, t in _running.items() if _thread._same_process(ident)]
    return [*mine, *_starting.values()]


def main_thread():
    return _program_thread


def _local_state(self):
    # The local's (args, kwargs, {thread ident: that thread's attribute dict}).
    return object.__getattribute__(self, '_local__state')


def _local_dict(self):
    # The running thread's attributes; a thread that meets the local for the first time gets an
    # empty dict, and the class's __init__ runs again there with the creation's arguments.
    args, kw, dicts = _local_state(self)
    me = get_ident()
    mine = dicts.get(me)
    if mine is None:
        mine = dicts[me] = {}
        type(self).__init__(self, *args, **kw)
    return mine


def _data_descriptor(self, name):
    # A property (or other data descriptor) of the class: it wins over the thread's dict.
    for klass in type(self).__mro__:
        if name in klass.__dict__:
            kind = type(klass.__dict__[name])
            return hasattr(kind, '__set__') or hasattr(kind, '__delete__')
    return False


class local:
    # Attributes kept per thread (CPython's C class _thread._local): one dict per thread ident,
    # seen as the instance's __dict__ (vars()) in each thread.
    __module__ = '_thread'
    __qualname__ = '_local'

    def __new__(cls, *args, **kw):
        if (args or kw) and cls.__init__ is object.__init__:
            raise TypeError('Initialization arguments are not supported')
        self = object.__new__(cls)
        object.__setattr__(self, '_local__state', (args, kw, {get_ident(): {}}))
        return self

    def __getattribute__(self, name):
        mine = _local_dict(self)
        if name == '__dict__':
            return mine
        if name in mine and not _data_descriptor(self, name):
            return mine[name]
        return object.__getattribute__(self, name)

    def __setattr__(self, name, value):
        if name == '__dict__':
            raise AttributeError(f"'{_type_name(self)}' object attribute '__dict__' is read-only")
        mine = _local_dict(self)
        if _data_descriptor(self, name):
            object.__setattr__(self, name, value)
        else:
            mine[name] = value

    def __delattr__(self, name):
        mine = _local_dict(self)
        if _data_descriptor(self, name):
            object.__delattr__(self, name)
        elif name in mine:
            del mine[name]
        else:
            raise AttributeError(f"'{_type_name(self)}' object has no attribute '{name}'")


def _type_name(obj):
    # What CPython's messages call the type: the C type by its full name, a subclass by its own.
    kind = type(obj)
    return '_thread._local' if kind is local else kind.__name__


local.__name__ = '_local'


# ---- the interpreter's exit

_exit_hooks = []


def _register_atexit(func, *arg, **kwargs):
    # Called at exit before the remaining threads are joined (concurrent.futures stops its
    # idle workers this way); the last registered runs first.
    _exit_hooks.append(lambda: func(*arg, **kwargs))


_atexit_after = []  # run after the threads are joined (multiprocessing registers its exit function)


def _shutdown():
    # Called natively when the program ends (src/lib/run.ts).
    for hook in reversed(_exit_hooks):
        hook()
    _thread._wait_all()
    # Then the interpreter's atexit functions: multiprocessing's stops daemon children, joins the others.
    for func in _atexit_after:
        func()


def settrace(func):
    pass


def setprofile(func):
    pass


_program_thread = _ProgramThread()
Thread._daemonic = False

# The C module _thread's: `<built-in function _excepthook>` (also __excepthook__), get_native_id.
from _stdlib_native import c_functions as _c_functions
_c_functions('_thread', globals(), 'excepthook=_excepthook get_native_id')
del _c_functions
