# multiprocessing on simulated processes (src/lib/sim/threads.md, "Processes"): Process, Pool,
# Queue, Manager (managers.py), current_process, cpu_count. Each process runs on a virtual core of
# its own with a forked copy of the program's namespace; what crosses between processes is copied
# as pickle copies it.
# Written for Loopline after CPython's Lib/multiprocessing (process.py, pool.py, queues.py).

import _processes
import _thread
import queue as _queue
import sys
import threading
import time as _time
from collections import deque
from _stdlib_native import idle_for_work as _idle_for_work

__all__ = [
    "Process", "Pool", "Queue", "SimpleQueue", "JoinableQueue", "Lock", "RLock", "Event",
    "Semaphore", "BoundedSemaphore", "Condition", "Barrier", "Manager",
    "current_process", "parent_process", "active_children", "cpu_count", "get_start_method",
    "set_start_method", "get_context", "TimeoutError", "ProcessError", "AuthenticationError",
    "BufferTooShort", "freeze_support", "Pipe", "Value", "Array", "RawValue", "RawArray",
]


class ProcessError(Exception):
    pass


class BufferTooShort(ProcessError):
    pass


class TimeoutError(ProcessError):
    pass


class AuthenticationError(ProcessError):
    pass


# pickle's own classes: `except pickle.PicklingError` catches what a process's arguments raise.
from pickle import PickleError, PicklingError


def _send(obj):
    """The copy of `obj` the receiving process gets (pickle's refusals raise here)."""
    return _processes.transfer(obj, PicklingError)


_counter = [0]
_children = set()


def _next_count():
    _counter[0] += 1
    return _counter[0]


class Process:
    _start_method = "fork"

    def __init__(self, group=None, target=None, name=None, args=(), kwargs={}, *, daemon=None):
        assert group is None, "group argument must be None for now"
        self._target = target
        self._args = tuple(args)
        self._kwargs = dict(kwargs)
        # Every Process takes a number, also one given a name (CPython's _process_counter).
        count = _next_count()
        self._name = name or "%s-%d" % (type(self).__name__, count)
        self._pid = None
        self._parent_pid = _processes.getpid()
        self._daemonic = bool(daemon) if daemon is not None else False
        self._closed = False

    def run(self):
        if self._target:
            _call_target(self._target, self._args, self._kwargs)

    def start(self):
        self._check_closed()
        assert self._pid is None, "cannot start a process twice"
        assert self._parent_pid == _processes.getpid(), "can only start a process object created by current process"
        self._pid = _processes.start(_bootstrap, self, self._target, self._args, self._kwargs, bool(self._daemonic))
        _forked(self._parent_pid, self._pid)
        _children.add(self)

    def join(self, timeout=None):
        self._check_closed()
        assert self._parent_pid == _processes.getpid(), "can only join a child process"
        assert self._pid is not None, "can only join a started process"
        _processes.join(self._pid, timeout)
        if not _processes.alive(self._pid):
            _children.discard(self)

    def is_alive(self):
        self._check_closed()
        if self is _current():
            return True
        if self._pid is None:
            return False
        return _processes.alive(self._pid)

    def terminate(self):
        self._send_signal('terminate', -15)

    def kill(self):
        self._send_signal('kill', -9)

    def _send_signal(self, method, exitcode):
        # SIGTERM or SIGKILL: the child ends where it is (its finally blocks and exit functions do
        # not run); one that has ended already keeps its exit code. Unstarted, there is no Popen.
        self._check_closed()
        if self._pid is None:
            raise AttributeError(f"'NoneType' object has no attribute '{method}'")
        _processes.stop(self._pid, exitcode)

    def close(self):
        if self._pid is not None and _processes.alive(self._pid):
            raise ValueError("Cannot close a process while it is still running. You should first call join() or terminate().")
        self._closed = True

    def _check_closed(self):
        if self._closed:
            raise ValueError("process object is closed")

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, name):
        assert isinstance(name, str), "name must be a string"
        self._name = name

    @property
    def daemon(self):
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        assert self._pid is None, "process has already started"
        self._daemonic = daemonic

    @property
    def exitcode(self):
        self._check_closed()
        if self._pid is None:
            return None
        return _processes.exitcode(self._pid)

    @property
    def pid(self):
        self._check_closed()
        if self is _current():
            return _processes.getpid()
        return self._pid

    ident = pid

    @property
    def sentinel(self):
        self._check_closed()
        if self._pid is None:
            raise ValueError("process not started")
        # A started child's is the read end of a pipe: a descriptor number of the real machine's.
        raise NotImplementedError("multiprocessing.Process.sentinel of a started process (a file descriptor) is not simulated in Loopline")

    def __repr__(self):
        exitcode = None
        if self is _current():
            status = "started"
        elif self._closed:
            status = "closed"
        elif self._pid is None:
            status = "initial"
        else:
            exitcode = _processes.exitcode(self._pid)
            status = "started" if exitcode is None else "stopped"
        info = [type(self).__name__, "name=%r" % self._name]
        if self._pid is not None:
            info.append("pid=%s" % self._pid)
        info.append("parent=%s" % self._parent_pid)
        info.append(status)
        if exitcode is not None:
            # A signal's exit code is shown by the signal's name (-SIGTERM).
            if exitcode < 0:
                import signal
                try:
                    exitcode = "-" + signal.Signals(-exitcode).name
                except ValueError:
                    pass
            info.append("exitcode=%s" % exitcode)
        if self._daemonic:
            info.append("daemon")
        return "<%s>" % " ".join(info)


class _MainProcess(Process):
    def __init__(self):
        self._name = "MainProcess"
        self._parent_pid = None
        self._pid = None
        self._daemonic = False
        self._closed = False
        self._target = None

    @property
    def pid(self):
        return _processes.getpid()

    ident = pid

    def __repr__(self):
        return "<_MainProcess name='MainProcess' parent=None started>"


_main_process = _MainProcess()


def _current():
    p = _processes.current()
    return p if p is not None else _main_process


def _call_target(target, args, kwargs):
    # Process.run's call of the target: a traceback through it shows process.py's run frame.
    try:
        target(*args, **kwargs)
    except BaseException as exc:
        _thread._left_frame(exc, "Process.run")
        raise


def _bootstrap(proc, target, args, kwargs):
    """A new process's first code: run() (or the target), then its exit code."""
    code = 0
    # The process's thread is its main thread (threading.current_thread().name is "MainThread").
    threading._active[_thread.get_ident()] = threading.main_thread()
    try:
        try:
            if type(proc).run is Process.run:
                if target:
                    _call_target(target, args, kwargs)
            else:
                proc.run()
        except BaseException as exc:
            _thread._left_frame(exc, "BaseProcess._bootstrap" if sys.version_info < (3, 13) else "BaseProcess._bootstrap.313")
            raise
    except SystemExit as e:
        if e.code is None:
            code = 0
        elif isinstance(e.code, int):
            code = e.code
        else:
            sys.stderr.write(str(e.code) + "\n")
            code = 1
    except BaseException as e:
        code = 1
        sys.stderr.write("Process %s:\n%s" % (proc.name, _thread._format_exception(e)))
    threading._active.pop(_thread.get_ident(), None)
    _process_ended(_processes.getpid())
    _processes.set_exitcode(code)


def current_process():
    return _current()


def parent_process():
    if _processes.is_main():
        return None
    return _main_process


def active_children():
    for p in list(_children):
        if not _processes.alive(p._pid):
            _children.discard(p)
    return list(_children)


_finalizers = []  # run first at exit: the shutdown of each started manager (managers.py)


def _exit_function():
    """multiprocessing's atexit function (run after threading's shutdown): managers are shut
    down, daemon children terminated (exit code -15), the others joined."""
    for func in reversed(list(_finalizers)):
        func()
    for p in active_children():
        if p._daemonic:
            _processes.stop(p._pid)
    for p in active_children():
        p.join()


threading._atexit_after.append(_exit_function)


def cpu_count():
    return _processes.cpu_count()


def get_start_method(allow_none=False):
    return "fork"


def get_all_start_methods():
    return ["fork", "spawn", "forkserver"]


def set_start_method(method, force=False):
    if method != "fork":
        raise ValueError("Loopline simulates the 'fork' start method only (got %r)" % (method,))


def get_context(method=None):
    set_start_method(method or "fork")
    # The module itself is the fork context (sys.modules does not list it: not-simulated.ts).
    import multiprocessing
    return multiprocessing


def freeze_support():
    pass


# Synchronisation objects are shared between processes (they live in the simulator, not in a
# process's copy of the namespace).
Lock = threading.Lock
RLock = threading.RLock
Event = threading.Event
Semaphore = threading.Semaphore
BoundedSemaphore = threading.BoundedSemaphore
Condition = threading.Condition
Barrier = threading.Barrier


class Queue:
    """A queue between processes: what is put is copied (pickled), and copied again when got."""

    def __init__(self, maxsize=0):
        if maxsize <= 0:
            maxsize = 2147483647
        self._maxsize = maxsize
        self._q = _queue.Queue(maxsize)
        self._closed = False

    def put(self, obj, block=True, timeout=None):
        if self._closed:
            raise ValueError("Queue %r is closed" % self)
        self._q.put(_send(obj), block, timeout)

    def put_nowait(self, obj):
        return self.put(obj, False)

    def get(self, block=True, timeout=None):
        if self._closed:
            raise ValueError("Queue %r is closed" % self)
        return _send(self._q.get(block, timeout))

    def get_nowait(self):
        return self.get(False)

    def qsize(self):
        return self._q.qsize()

    def empty(self):
        return self._q.empty()

    def full(self):
        return self._q.full()

    def close(self):
        self._closed = True

    def join_thread(self):
        pass

    def cancel_join_thread(self):
        pass


class JoinableQueue(Queue):
    def task_done(self):
        self._q.task_done()

    def join(self):
        self._q.join()


class SimpleQueue(Queue):
    def __init__(self):
        Queue.__init__(self)


def _not_simulated(name):
    def refuse(*args, **kwargs):
        raise NotImplementedError("multiprocessing.%s is not simulated in Loopline" % name)
    refuse.__name__ = refuse.__qualname__ = name
    return refuse


def Value(typecode_or_type, *args, lock=True):
    from multiprocessing.sharedctypes import Value
    return Value(typecode_or_type, *args, lock=lock)


def Array(typecode_or_type, size_or_initializer, *, lock=True):
    from multiprocessing.sharedctypes import Array
    return Array(typecode_or_type, size_or_initializer, lock=lock)


def RawValue(typecode_or_type, *args):
    from multiprocessing.sharedctypes import RawValue
    return RawValue(typecode_or_type, *args)


def RawArray(typecode_or_type, size_or_initializer):
    from multiprocessing.sharedctypes import RawArray
    return RawArray(typecode_or_type, size_or_initializer)


def Manager():
    """A started SyncManager: a server process holding shared objects, used through proxies."""
    from multiprocessing.managers import SyncManager
    m = SyncManager()
    m.start()
    return m


# ---------------------------------------------------------------------------------- Pipe
# A pipe's two Connections are one object each, shared by every process, as a Queue is; what a
# process holds is its copy of the handle: `_holders` are the processes with it open (its creator,
# and each process forked while its parent held it open). A reader meets EOFError once nothing is
# in flight and no live process holds the other end open for writing.

_connections = []
# Notified whenever a pipe gets a message or reaches EOF: connection.wait() waits on it.
_activity = threading.Condition()


def _active():
    with _activity:
        _activity.notify_all()


class _Channel:
    """One direction of a pipe: the messages in flight, in order."""

    def __init__(self):
        self.items = deque()
        self.cond = threading.Condition()
        self.eof = False


_MAIN_PID = _processes.getpid()


def _pid_alive(pid):
    return pid == _MAIN_PID or _processes.alive(pid)


class Connection:
    __module__ = "multiprocessing.connection"

    def __init__(self, inbox, outbox, fd):
        self._in = inbox
        self._out = outbox
        self._holders = {_processes.getpid()}
        self._closed_in = set()
        # Its descriptor, the same number in every process that holds it (fork copies the table).
        self._fd = fd
        _connections.append(self)

    @property
    def closed(self):
        return _processes.getpid() in self._closed_in

    @property
    def readable(self):
        return self._in is not None

    @property
    def writable(self):
        return self._out is not None

    def _check(self, inbox):
        if self.closed:
            raise OSError("handle is closed")
        if inbox and self._in is None:
            raise OSError("connection is write-only")
        if not inbox and self._out is None:
            raise OSError("connection is read-only")

    def _put(self, item):
        ch = self._out
        with ch.cond:
            ch.items.append(item)
            ch.cond.notify_all()
        _active()

    def send(self, obj):
        self._check(False)
        self._put(("obj", _send(obj)))

    def send_bytes(self, buf, offset=0, size=None):
        self._check(False)
        data = bytes(memoryview(buf).cast("B"))
        if offset < 0:
            raise ValueError("offset is negative")
        if len(data) < offset:
            raise ValueError("buffer length < offset")
        if size is None:
            size = len(data) - offset
        elif size < 0:
            raise ValueError("size is negative")
        elif offset + size > len(data):
            raise ValueError("buffer length < offset + size")
        self._put(("bytes", data[offset:offset + size]))

    def _take(self):
        ch = self._in
        with ch.cond:
            while not ch.items and not ch.eof:
                ch.cond.wait()
            if not ch.items:
                raise EOFError
            return ch.items.popleft()

    def recv(self):
        self._check(True)
        kind, value = self._take()
        if kind == "bytes":
            import pickle
            return pickle.loads(value)
        return _send(value)

    def recv_bytes(self, maxlength=None):
        if maxlength is not None and maxlength < 0:
            raise ValueError("negative maxlength")
        self._check(True)
        kind, value = self._take()
        if kind == "obj":
            import pickle
            value = pickle.dumps(value)
        if maxlength is not None and len(value) > maxlength:
            raise OSError("bad message length")
        return value

    def poll(self, timeout=0.0):
        self._check(True)
        ch = self._in
        with ch.cond:
            return ch.cond.wait_for(lambda: ch.items or ch.eof, timeout)

    def close(self):
        pid = _processes.getpid()
        if pid in self._closed_in:
            return
        self._closed_in.add(pid)
        self._holders.discard(pid)
        _settle(self)

    def fileno(self):
        if self.closed:
            raise OSError("handle is closed")
        return self._fd

    def _ready(self):
        # What wait() asks: a message to take, or EOF.
        self._check(True)
        return bool(self._in.items) or self._in.eof

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def _settle(conn):
    # The other end reads EOF once no live process holds this end open for writing.
    if conn._out is None:
        return
    conn._holders = {p for p in conn._holders if _pid_alive(p)}
    if not conn._holders:
        ch = conn._out
        with ch.cond:
            ch.eof = True
            ch.cond.notify_all()
        _active()


def _forked(parent, child):
    # The child's copies of the handles its parent holds open.
    for conn in _connections:
        if parent in conn._holders and child not in conn._closed_in:
            conn._holders.add(child)


def _process_ended(pid):
    # A process's handles close when it ends.
    for conn in _connections:
        if pid in conn._holders:
            conn._holders.discard(pid)
            _settle(conn)


def Pipe(duplex=True):
    # Two descriptors, the lowest free (a socketpair's, or os.pipe()'s reading end then its writing end).
    import _fs
    a, b = _Channel(), _Channel()
    first, second = _fs.new_fd(None), _fs.new_fd(None)
    if duplex:
        return Connection(a, b, first), Connection(b, a, second)
    return Connection(a, None, first), Connection(None, a, second)


def _wait(object_list, timeout=None):
    # multiprocessing.connection.wait for pipes: those of `object_list` with a message to take or
    # at EOF, once one is (an empty list when `timeout` passes first).
    for obj in object_list:
        if not isinstance(obj, Connection):
            raise NotImplementedError(f'multiprocessing.connection.wait on a {type(obj).__name__} is not simulated in Loopline')
    deadline = None if timeout is None else _time.monotonic() + timeout
    with _activity:
        while True:
            ready = [obj for obj in object_list if obj._ready()]
            if ready:
                return ready
            if deadline is None:
                _activity.wait()
                continue
            left = deadline - _time.monotonic()
            if left <= 0:
                return []
            _activity.wait(left)


_wait.__name__ = _wait.__qualname__ = 'wait'
_wait.__module__ = 'multiprocessing.connection'


# ---------------------------------------------------------------------------------- Pool


class _Job:
    """One call's result (ApplyResult); a map's is a list of them in a MapResult."""

    def __init__(self, pool, callback=None, error_callback=None):
        self._pool = pool
        # Unfinished jobs keep a pool that is closing replacing its workers (CPython's cache).
        pool._cache.add(self)
        self._event = threading.Event()
        self._callback = callback
        self._error_callback = error_callback
        self._success = None
        self._value = None

    def ready(self):
        return self._event.is_set()

    def wait(self, timeout=None):
        self._event.wait(timeout)

    def successful(self):
        if self.ready():
            return self._success
        raise ValueError(f"{self!r} not ready")

    def get(self, timeout=None):
        self.wait(timeout)
        if self.ready():
            # A failed job keeps its exception as its value.
            if self._success:
                return self._value
            raise self._value
        raise TimeoutError

    def _set(self, success, value):
        self._success, self._value = success, value
        callback = self._callback if success else self._error_callback
        if callback:
            callback(value)
        self._event.set()
        self._pool._cache.discard(self)


class ApplyResult(_Job):
    pass


AsyncResult = ApplyResult


class MapResult(_Job):
    def __init__(self, pool, length, callback=None, error_callback=None):
        _Job.__init__(self, pool, callback, error_callback)
        self._values = [None] * length
        self._left = length
        if length == 0:
            self._success = True
            self._value = []
            self._event.set()
            pool._cache.discard(self)

    def _set_chunk(self, start, success, values):
        if self._event.is_set():
            return
        if not success:
            self._set(False, values)
            return
        self._values[start:start + len(values)] = values
        self._left = self._left - len(values)
        if self._left == 0:
            self._set(True, self._values)


class IMapIterator:
    def __init__(self, pool, length, ordered):
        self._pool = pool
        self._received = 0
        if length:
            pool._cache.add(self)
        self._cond = threading.Condition(threading.Lock())
        self._items = deque()
        self._unsorted = {}
        self._index = 0
        self._length = length
        self._ordered = ordered
        self._got = 0

    def __iter__(self):
        return self

    def _set_chunk(self, start, success, values):
        with self._cond:
            # Finished once every item's result has come (read or not).
            self._received = self._received + (len(values) if success else 1)
            if self._received >= self._length:
                self._pool._cache.discard(self)
            if not success:
                values = [(False, values)]
            else:
                values = [(True, v) for v in values]
            if self._ordered:
                for k, v in enumerate(values):
                    self._unsorted[start + k] = v
                if self._index not in self._unsorted:
                    return  # an item after the next one: next() is not woken (CPython's _set)
                while self._index in self._unsorted:
                    self._items.append(self._unsorted.pop(self._index))
                    self._index += 1
            else:
                self._items.extend(values)
            self._cond.notify()

    def next(self, timeout=None):
        with self._cond:
            if not self._items:
                if self._got == self._length:
                    raise StopIteration
                self._cond.wait(timeout)
                if not self._items:
                    if self._got == self._length:
                        raise StopIteration
                    raise TimeoutError
            success, value = self._items.popleft()
            self._got += 1
        if success:
            return value
        raise value

    __next__ = next


def _pool_worker(tasks, outqueue, initializer, initargs, maxtasks):
    """A pool worker process: runs chunks of calls until the pool closes, or `maxtasks` of them."""
    # As CPython's worker: the initializer first (an exception from it ends the process).
    if initializer is not None:
        initializer(*initargs)
    completed = 0
    while maxtasks is None or completed < maxtasks:
        completed += 1
        _idle_for_work("Pool")
        try:
            task = tasks.get()
        finally:
            _idle_for_work(None)
        if task is None:
            return
        job, start, func, chunk, star = task
        func = _send(func)
        chunk = _send(chunk)
        # CPython's worker calls apply()'s function itself, a map's chunk through mapstar or
        # starmapstar: the frames a worker's traceback shows.
        try:
            if func is _apply_worker_call:
                values = [_apply_worker_call(*chunk[0])]
            else:
                values = (_starmapstar if star else _mapstar)((func, chunk))
        except Exception as e:
            outqueue.put((job, start, False, _sent_back(e)))
            continue
        outqueue.put((job, start, True, _send(values)))


# CPython's Pool runs three threads in the parent (pool.py). Loopline's workers take their calls
# from the task queue themselves and replace_workers threads replace retired workers, so the first
# two only wait for the pool's end; they are there as CPython's are (Thread-N numbers, enumerate()).
def _handle_workers(pool):
    pool._ended.wait()


def _handle_tasks(pool):
    pool._ended.wait()


def _handle_results(outqueue):
    """The parent's reader of what the workers send back: a job is finished here, so its callback
    runs in the parent (with the parent's globals), in this thread, as CPython's result handler."""
    while True:
        item = outqueue.get()
        if item is None:
            return
        job, start, success, values = item
        job._set_chunk(start, success, values)


def _mapstar(args):
    func, items = args
    return [func(item) for item in items]


def _starmapstar(args):
    func, items = args
    return [func(*item) for item in items]


class RemoteTraceback(Exception):
    """The worker's traceback as text, the cause of its exception in the parent."""

    def __init__(self, tb):
        self.tb = tb

    def __str__(self):
        return self.tb


RemoteTraceback.__module__ = "multiprocessing.pool"


def _sent_back(exc):
    """A call's exception as the parent gets it: pickled without its traceback (or chain), with the
    worker's traceback, formatted there, as its cause."""
    import traceback
    text = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    exc.__traceback__ = None
    exc.__context__ = None
    exc.__cause__ = RemoteTraceback('\n"""\n%s"""' % text)
    return exc


def _replace_workers(pool, worker):
    """CPython's worker handler for one slot: a worker that exits (its maxtasksperchild done) is
    replaced by a new one forked from the parent, while the pool runs or has unfinished jobs."""
    while True:
        worker.join()
        # What the parent's other threads do at this instant comes first (a result the worker
        # sent wakes its reader, who may end the pool): forking a process takes CPython longer.
        _time.sleep(0)
        if not (pool._state == "RUN" or (pool._cache and pool._state != "TERMINATE")):
            return
        fresh = pool._start_worker()
        pool._pool[pool._pool.index(worker)] = fresh
        worker = fresh


class ForkProcess(Process):
    pass


def _apply_worker_call(func, args, kwds):
    return func(*args, **kwds)


class _ApplyAdapter:
    """An ApplyResult seen as a one-item map (the workers only run chunks)."""

    def __init__(self, job):
        self._job = job

    def _set_chunk(self, start, success, values):
        self._job._set(success, values[0] if success else values)


class Pool:
    def __init__(self, processes=None, initializer=None, initargs=(), maxtasksperchild=None, context=None):
        if processes is None:
            processes = cpu_count()
        if processes < 1:
            raise ValueError("Number of processes must be at least 1")
        if maxtasksperchild is not None:
            if not isinstance(maxtasksperchild, int) or maxtasksperchild <= 0:
                raise ValueError("maxtasksperchild must be a positive int or None")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._processes = processes
        self._tasks = _queue.Queue()
        self._state = "RUN"
        self._cache = set()
        self._outqueue = _queue.Queue()
        self._ended = threading.Event()
        self._worker_args = (self._tasks, self._outqueue, initializer, initargs, maxtasksperchild)
        self._pool = [self._start_worker() for _ in range(processes)]
        self._handlers = [threading.Thread(target=_handle_workers, args=(self,), daemon=True),
                          threading.Thread(target=_handle_tasks, args=(self,), daemon=True),
                          threading.Thread(target=_handle_results, args=(self._outqueue,), daemon=True)]
        for t in self._handlers:
            t.start()
        if maxtasksperchild is not None:
            for p in self._pool:
                threading.Thread(target=_replace_workers, args=(self, p), daemon=True).start()

    def _start_worker(self):
        p = ForkProcess(target=_pool_worker, args=self._worker_args)
        p.name = p.name.replace("Process", "PoolWorker")
        p.daemon = True
        p.start()
        return p

    def _check_running(self):
        if self._state != "RUN":
            raise ValueError("Pool not running")

    def _chunks(self, iterable, chunksize):
        items = list(iterable)
        if chunksize is None:
            chunksize, extra = divmod(len(items), len(self._pool) * 4)
            if extra:
                chunksize += 1
        if len(items) == 0:
            chunksize = 0
        return items, chunksize

    def _submit_map(self, job, func, items, chunksize, star):
        _send(func)
        for start in range(0, len(items), max(chunksize, 1)):
            chunk = items[start:start + chunksize]
            self._tasks.put((job, start, func, _send(chunk), star))

    def apply_async(self, func, args=(), kwds={}, callback=None, error_callback=None):
        self._check_running()
        job = ApplyResult(self, callback, error_callback)
        _send((func, args, kwds))
        self._tasks.put((_ApplyAdapter(job), 0, _apply_worker_call, _send([(func, args, kwds)]), True))
        return job

    def apply(self, func, args=(), kwds={}):
        return self.apply_async(func, args, kwds).get()

    def map_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        return self._map_async(func, iterable, chunksize, callback, error_callback, False)

    def starmap_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        return self._map_async(func, iterable, chunksize, callback, error_callback, True)

    def _map_async(self, func, iterable, chunksize, callback, error_callback, star):
        self._check_running()
        items, chunksize = self._chunks(iterable, chunksize)
        # CPython's MapResult compares the chunk size first: one of a wrong type fails there.
        chunksize <= 0
        job = MapResult(self, len(items), callback, error_callback)
        self._submit_map(job, func, items, chunksize, star)
        return job

    def map(self, func, iterable, chunksize=None):
        return self._map_async(func, iterable, chunksize, None, None, False).get()

    def starmap(self, func, iterable, chunksize=None):
        return self._map_async(func, iterable, chunksize, None, None, True).get()

    def imap(self, func, iterable, chunksize=1):
        return self._imap(func, iterable, chunksize, True)

    def imap_unordered(self, func, iterable, chunksize=1):
        return self._imap(func, iterable, chunksize, False)

    def _imap(self, func, iterable, chunksize, ordered):
        self._check_running()
        if chunksize < 1:
            raise ValueError("Chunksize must be 1+, not {0:n}".format(chunksize))
        items = list(iterable)
        it = IMapIterator(self, len(items), ordered)
        if chunksize == 1:
            # One call per item, made by the worker itself (CPython sends no mapstar then).
            _send(func)
            for start, item in enumerate(items):
                self._tasks.put((it, start, _apply_worker_call, _send([(func, (item,), {})]), True))
        else:
            self._submit_map(it, func, items, chunksize, False)
        return it

    def close(self):
        if self._state == "RUN":
            self._state = "CLOSE"
            for _ in self._pool:
                self._tasks.put(None)

    def terminate(self):
        # The workers finish the call they are running, and run no other.
        if self._state != "TERMINATE":
            with self._tasks.mutex:
                self._tasks.queue.clear()
            if self._state == "RUN":
                for _ in self._pool:
                    self._tasks.put(None)
            self._state = "TERMINATE"
            # CPython kills the workers: what they send back afterwards is not read.
            self._stop_handlers()

    def join(self):
        if self._state == "RUN":
            raise ValueError("Pool is still running")
        for p in self._pool:
            p.join()
        self._stop_handlers()

    def _stop_handlers(self):
        if not self._ended.is_set():
            self._ended.set()
            self._outqueue.put(None)
        for t in self._handlers:
            t.join()

    def __enter__(self):
        self._check_running()
        return self

    def __exit__(self, *exc):
        self.terminate()

    def __repr__(self):
        return "<%s.%s state=%s pool_size=%d>" % (
            "multiprocessing.pool", type(self).__name__, self._state, len(self._pool))


Pool.__module__ = "multiprocessing.pool"
