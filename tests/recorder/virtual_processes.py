"""Real CPython processes (real fork, real pickling, real pipes) on one virtual clock.

record.py uses this instead of virtual_threads.py when the program imports multiprocessing or
uses ProcessPoolExecutor. Every process and thread runs for real, in parallel; only the clock is
virtual, shared by all processes in shared memory:

- the clock moves only when nothing runs: every thread of every process of the program is
  blocked (time.sleep, a lock, a multiprocessing semaphore, a pipe read, a join, os.waitpid,
  the event loop's selector wait) and has checked its wait again since the last thread blocked
  or ended (so a thread whose wait is over, a lock released or a pipe written, is never passed
  by, however late the OS runs it);
- it then jumps to the earliest deadline (a sleep's end, a timeout, the loop's next timer),
  exactly, and every wait due then is woken; with no deadline the program is deadlocked;
- so CPU work takes no virtual time: goldens recorded this way are sleep-based, and the
  simulator is compared with them without its modelled CPU time (RunOptions.cpuClock false);
- output of every process goes to one shared file, stamped with the clock when printed;
  lines printed at the same instant by different processes or threads come in the order the
  OS ran them, which is not fixed: the trace says `"order": "per-instant"` and such lines are
  compared as a multiset per instant;
- os.cpu_count() is 4 (the simulator's VIRTUAL_CORES).

A coordinator thread of the recording process moves the clock. Each process keeps its count of
running threads in a shared table; a process that ends (os._exit, or killed by a pool's
terminate) drops its count.
"""

import os
import struct
import sys
import time as _rt

import _thread

SETTLE = 0.005  # seconds of real time with nothing running before the clock moves
POLL = 0.001
STALE = 0.5  # a wait not re-checked for this long may belong to a killed process
VIRTUAL_CORES = 4

_real_allocate_lock = _thread.allocate_lock
_real_start_joinable = _thread.start_joinable_thread if hasattr(_thread, "start_joinable_thread") else None
_real_start_new = _thread.start_new_thread
_real_sleep = _rt.sleep
_real_monotonic = _rt.monotonic
_real_fork = os.fork
_real_exit = os._exit
_real_waitpid = os.waitpid

ACTIVE = False
REC = None  # what the recorder gives: .stop(error), .max_clock

# Shared memory layout: clock (double) @0, generation (int64) @8;
# NPROC entries @64 of (pid, running threads); NSLOT waits after them of
# (pid, state, deadline, generation of its last check).
NPROC = 128
NSLOT = 512
_PROC_AT = 64
_SLOT = 32
_SLOT_AT = _PROC_AT + NPROC * 16
_SIZE = _SLOT_AT + NSLOT * _SLOT
FREE, WAITING, WOKEN = 0, 1, 2
EXITING = 1 << 40  # a process's count from os._exit until it is gone (its end is a change to see)
_NEVER = float("inf")

_mem = None
_lock = None  # a process-shared semaphore
_out_fd = None
_out_path = None
TOP_PID = None


def clock():
    return struct.unpack_from("d", _mem, 0)[0]


def _set_clock(t):
    struct.pack_into("d", _mem, 0, t)


def _gen():
    return struct.unpack_from("q", _mem, 8)[0]


def _bump():
    struct.pack_into("q", _mem, 8, _gen() + 1)


class _Locked:
    def __enter__(self):
        _lock.acquire()

    def __exit__(self, *a):
        _lock.release()


LOCKED = _Locked()


def _proc_index(pid, create=False):
    free = None
    for i in range(NPROC):
        p = struct.unpack_from("q", _mem, _PROC_AT + i * 16)[0]
        if p == pid:
            return i
        if p == 0 and free is None:
            free = i
    if not create or free is None:
        raise RuntimeError("virtual_processes: too many processes")
    struct.pack_into("qq", _mem, _PROC_AT + free * 16, pid, 0)
    return free


def _add_busy(pid, n):
    off = _PROC_AT + _proc_index(pid, create=True) * 16
    struct.pack_into("qq", _mem, off, pid, struct.unpack_from("q", _mem, off + 8)[0] + n)
    _bump()


def _slots():
    """(offset, pid, state, deadline, checked) of every wait in use."""
    out = []
    for i in range(NSLOT):
        off = _SLOT_AT + i * _SLOT
        p, st, d, g = struct.unpack_from("qqdq", _mem, off)
        if st != FREE:
            out.append((off, p, st, d, g))
    return out


def _drop_process(pid):
    """A process ended: its running threads and its waits are gone."""
    for i in range(NPROC):
        off = _PROC_AT + i * 16
        if struct.unpack_from("q", _mem, off)[0] == pid:
            struct.pack_into("qq", _mem, off, 0, 0)
    for off, p, _st, _d, _g in _slots():
        if p == pid:
            struct.pack_into("qqdq", _mem, off, 0, FREE, 0.0, 0)
    _bump()


def _total_busy():
    return sum(struct.unpack_from("q", _mem, _PROC_AT + i * 16 + 8)[0] for i in range(NPROC))


# ---- blocking -------------------------------------------------------------------------
# The clock may move only when no thread runs and every blocked thread has checked its wait
# after the last change (a thread that releases a lock, writes to a pipe or ends a process
# changes nothing the clock sees, but it then blocks or ends, which counts as a change): so a
# thread whose wait is over is never passed by, however late the OS lets it run.
def _begin(deadline):
    pid = os.getpid()
    with LOCKED:
        _add_busy(pid, -1)
        for i in range(NSLOT):
            off = _SLOT_AT + i * _SLOT
            if struct.unpack_from("q", _mem, off + 8)[0] == FREE:
                struct.pack_into("qqdq", _mem, off, pid, WAITING, _NEVER if deadline is None else float(deadline), -1)
                return off
    raise RuntimeError("virtual_processes: too many waits")


def _woken(slot):
    return struct.unpack_from("q", _mem, slot + 8)[0] == WOKEN


def _end(slot):
    with LOCKED:
        if _woken(slot):
            _bump()  # the coordinator counted this thread as running when it woke it
        else:
            _add_busy(os.getpid(), 1)
        struct.pack_into("qqdq", _mem, slot, 0, FREE, 0.0, 0)


def wait_until(poll, deadline=None):
    """Block the calling thread until poll() is true (True) or the virtual deadline comes (False)."""
    if poll():
        return True
    if deadline is not None and deadline <= clock():
        return False
    slot = _begin(deadline)
    try:
        while True:
            g = _gen()
            if poll():
                return True
            if _woken(slot):
                return poll()
            struct.pack_into("q", _mem, slot + 24, g)  # still waiting as of generation g
            _real_sleep(POLL)
    finally:
        _end(slot)


def _deadline(timeout):
    return None if timeout is None else clock() + max(float(timeout), 0.0)


# ---- the coordinator (in the recording process) ----------------------------------------
def _alive(pid):
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()[0] not in ("Z", "X")
    except OSError:
        return False


def _drop_dead(pids):
    """Processes a pool's terminate killed keep their counts: drop them."""
    for p in set(pids):
        if p != TOP_PID and not _alive(p):
            _drop_process(p)


def _coordinate():
    last = None
    since = _real_monotonic()
    while True:
        _real_sleep(POLL)
        with LOCKED:
            for i in range(NPROC):
                p, pb = struct.unpack_from("qq", _mem, _PROC_AT + i * 16)
                if p and pb >= EXITING and not _alive(p):
                    _drop_process(p)
            gen = _gen()
            now = _real_monotonic()
            if gen != last:
                last, since = gen, now
                continue
            stale = now - since > STALE
            if _total_busy() > 0:
                if stale:
                    _drop_dead(struct.unpack_from("q", _mem, _PROC_AT + i * 16)[0] for i in range(NPROC)
                               if struct.unpack_from("qq", _mem, _PROC_AT + i * 16)[1])
                    since = now
                continue
            waits = _slots()
            unchecked = [p for (_o, p, st, _d, g) in waits if st == WAITING and g != gen]
            if unchecked:
                if stale:
                    _drop_dead(unchecked)
                    since = now
                continue
            if now - since < SETTLE:
                continue
            due = [d for (_o, _p, st, d, _g) in waits if st == WAITING and d != _NEVER]
            error = None
            if not due:
                error = "Deadlock: every process and thread waits"
            else:
                t = min(due)
                if t > REC.max_clock:
                    error = f"Limit: clock would pass {REC.max_clock:.0f} s"
            if error is None:
                if t > clock():
                    _set_clock(t)
                for off, p, st, d, g in waits:
                    if st == WAITING and d <= t:
                        struct.pack_into("qqdq", _mem, off, p, WOKEN, d, g)
                        _add_busy(p, 1)
                _bump()
                continue
        kill_children()
        REC.stop(error)


def kill_children():
    """The recording stops: no process of the program outlives it."""
    if _mem is None or os.getpid() != TOP_PID:
        return
    for i in range(NPROC):
        p = struct.unpack_from("q", _mem, _PROC_AT + i * 16)[0]
        if p and p != TOP_PID:
            try:
                os.kill(p, 9)
            except OSError:
                pass


# ---- output -----------------------------------------------------------------------------
def emit(entry_json):
    os.write(_out_fd, (entry_json + "\n").encode("utf-8"))


def collected():
    import json

    with open(_out_path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


# ---- patches ------------------------------------------------------------------------------
class PLock:
    """_thread.lock whose blocking waits are seen by the clock."""

    __slots__ = ("_l", "__weakref__")

    def __init__(self):
        self._l = _real_allocate_lock()

    def acquire(self, blocking=True, timeout=-1):
        if not blocking:
            return self._l.acquire(False) if timeout == -1 else self._l.acquire(False, timeout)
        if timeout < 0 and timeout != -1:
            raise ValueError("timeout value must be a non-negative number")
        if self._l.acquire(False):
            return True
        return wait_until(lambda: self._l.acquire(False), None if timeout == -1 else _deadline(timeout))

    acquire_lock = acquire

    def __enter__(self):
        return self.acquire()

    def release(self):
        self._l.release()

    release_lock = release

    def __exit__(self, *args):
        self._l.release()

    def locked(self):
        return self._l.locked()

    def _at_fork_reinit(self):
        self._l._at_fork_reinit()

    def __repr__(self):
        return "<%s _thread.lock object at %#x>" % ("locked" if self._l.locked() else "unlocked", id(self))


_FINISHED = {}  # a thread's handle -> [its function has returned]


def _counted(function, finished):
    with LOCKED:
        _add_busy(os.getpid(), 1)

    def run(*a, **k):
        try:
            return function(*a, **k)
        finally:
            # before the count changes: a join that checks after the change sees the thread done
            finished[0] = True
            with LOCKED:
                _add_busy(os.getpid(), -1)

    return run


def _start_joinable_thread(function, handle=None, daemon=True):
    finished = [False]
    if handle is None:
        handle = _real_start_joinable(_counted(function, finished), daemon=daemon)
    else:
        _real_start_joinable(_counted(function, finished), handle=handle, daemon=daemon)
    _FINISHED[handle] = finished
    return handle


def _thread_done(thread):
    """The thread's function has returned (its handle is done a moment later)."""
    h = thread._handle
    return h is not None and (h.is_done() or _FINISHED.get(h, (False,))[0])


def _start_new_thread(function, args, kwargs=None):
    return _real_start_new(_counted(function, [False]), args, kwargs or {})


def _fork():
    parent = os.getpid()
    with LOCKED:
        _add_busy(parent, 1)  # the child's thread, until the child counts it itself
    pid = _real_fork()
    if pid == 0:
        with LOCKED:
            _add_busy(parent, -1)
            _drop_process(os.getpid())  # a reused pid's leftovers
            _add_busy(os.getpid(), 1)
    return pid


def _exit(code):
    if os.getpid() != TOP_PID:
        with LOCKED:
            # counted as running until the coordinator sees it gone: a join then sees it ended
            _add_busy(os.getpid(), EXITING)
    _real_exit(code)


def _waitpid(pid, options):
    if options & os.WNOHANG:
        return _real_waitpid(pid, options)
    got = []

    def poll():
        r = _real_waitpid(pid, options | os.WNOHANG)
        if r[0] != 0:
            got.append(r)
            return True
        return False

    wait_until(poll)
    return got[0]


def _ready_now(objects):
    import selectors

    from multiprocessing.connection import _WaitSelector

    with _WaitSelector() as sel:
        for o in objects:
            sel.register(o, selectors.EVENT_READ)
        return [k.fileobj for (k, _ev) in sel.select(0)]


def _mp_wait(object_list, timeout=None):
    got = []

    def poll():
        got[:] = _ready_now(object_list)
        return bool(got)

    if timeout is not None and timeout <= 0:
        poll()
    else:
        wait_until(poll, _deadline(timeout))
    return got


def _patch_multiprocessing():
    import multiprocessing.connection as mc
    import multiprocessing.synchronize as ms

    mc.wait = _mp_wait
    orig_recv = mc.Connection._recv_bytes

    def _poll(self, timeout):
        return bool(_mp_wait([self], timeout))

    def _recv_bytes(self, maxsize=None):
        wait_until(lambda: bool(_ready_now([self])))
        return orig_recv(self, maxsize)

    mc.Connection._poll = _poll
    mc.Connection._recv_bytes = _recv_bytes

    def _make_methods(self):
        sl = self._semlock

        def acquire(block=True, timeout=None):
            if not block:
                return sl.acquire(False)
            if sl.acquire(False):
                return True
            return wait_until(lambda: sl.acquire(False), _deadline(timeout))

        self.acquire = acquire
        self.release = sl.release

    ms.SemLock._make_methods = _make_methods
    ms.SemLock.__enter__ = lambda self: self.acquire()  # `with lock:` (the C one would block unseen)


def answer_like_c_rlock(cls):
    """The Python RLock's acquire answers 1 when its owner takes it again; C's RLock answers True."""
    acquire = cls.acquire

    def acquire_as_c(self, blocking=True, timeout=-1):
        return bool(acquire(self, blocking, timeout))

    cls.acquire = cls.__enter__ = acquire_as_c


def _patch_threading():
    import queue
    import threading

    threading._CRLock = None  # threading's Python RLock, built on PLock
    answer_like_c_rlock(threading._PyRLock)
    queue.SimpleQueue = queue._PySimpleQueue  # the C one blocks on a lock of its own
    orig_join = threading.Thread.join

    def join(self, timeout=None):
        if not self._started.is_set() or self is threading.current_thread() or self._handle is None:
            return orig_join(self, timeout)
        done = wait_until(lambda: _thread_done(self), _deadline(timeout))
        return orig_join(self, None if done else 0)

    threading.Thread.join = join


def uses_processes(program_source):
    return "multiprocessing" in program_source or "ProcessPoolExecutor" in program_source


def install(rec, program_source):
    """Process mode for programs that use processes; `rec` has .stop(error) and .max_clock."""
    global ACTIVE, REC, _mem, _lock, _out_fd, _out_path, TOP_PID
    if not uses_processes(program_source):
        return False
    if sys.version_info[:2] != (3, 13) or sys.platform != "linux" or "threading" in sys.modules:
        return False  # record.py refuses the program: processes are recorded with CPython 3.13 on Linux
    import _multiprocessing
    import mmap
    import tempfile

    ACTIVE = True
    REC = rec
    if os.environ.get("LOOPLINE_REC_DEBUG"):  # `kill -USR1 PID` prints every thread's stack
        import faulthandler
        import signal

        faulthandler.register(signal.SIGUSR1, all_threads=True)
    TOP_PID = os.getpid()
    _mem = mmap.mmap(-1, _SIZE)
    _lock = _multiprocessing.SemLock(1, 1, 1, f"/loopline-rec-{TOP_PID}", True)
    fd, _out_path = tempfile.mkstemp(prefix="loopline-rec-", suffix=".jsonl")
    os.close(fd)
    _out_fd = os.open(_out_path, os.O_WRONLY | os.O_APPEND)
    with LOCKED:
        _add_busy(TOP_PID, 1)
    _thread.allocate_lock = PLock
    _thread.LockType = PLock
    _thread.start_joinable_thread = _start_joinable_thread
    _thread.start_new_thread = _start_new_thread
    _thread.start_new = _start_new_thread
    os.fork = _fork
    os._exit = _exit
    os.waitpid = _waitpid
    os.cpu_count = lambda: VIRTUAL_CORES
    os.process_cpu_count = lambda: VIRTUAL_CORES
    _patch_threading()
    _patch_multiprocessing()
    _real_start_new(_coordinate, ())
    return True


def patch_clocks(v_time):
    """Modules that bound a clock function at import time."""
    import queue
    import threading

    queue.time = v_time
    threading._time = v_time


def v_sleep(secs):
    secs = float(secs)
    if secs < 0:
        raise ValueError("sleep length must be non-negative")
    if secs > 0:
        wait_until(lambda: False, clock() + secs)


def selector_wait(loop, deadline):
    """The event loop waits for a callback from another thread or its next timer."""
    wait_until(lambda: bool(loop._ready) or loop._stopping, deadline)


def end_of_program():
    """What the interpreter does at exit: join non-daemon threads, then multiprocessing's atexit."""
    import threading

    main = threading.main_thread()
    wait_until(lambda: all(t is main or t.daemon or _thread_done(t) for t in threading.enumerate()))
    threading._shutdown()
    util = sys.modules.get("multiprocessing.util")
    if util is not None:
        util._exit_function()


def cleanup():
    if _out_path and os.getpid() == TOP_PID:
        try:
            os.unlink(_out_path)
        except OSError:
            pass
