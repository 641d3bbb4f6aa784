"""Real CPython threads run one at a time on the recorder's virtual clock.

record.py installs this before anything imports threading (asyncio does). It replaces the parts
of _thread that threading, queue and concurrent.futures block on, so that exactly one Python
thread runs at any moment (a baton, like a GIL that is only handed over where a thread blocks)
and a blocked thread waits on the virtual clock instead of real time:

- a lock's acquire, a thread handle's join and time.sleep block the calling thread;
- the thread to run next is the ready one that blocked first (a new thread counts as blocked
  when it was started); when none is ready the clock jumps to the earliest deadline (a sleep's
  end, an acquire's timeout), and when there is none the program is deadlocked;
- an event loop's selector wait blocks the loop's thread (any thread may run one) until a callback is ready or the next
  timer is due (call_soon_threadsafe from another thread wakes it);
- os.cpu_count() is 4 (the simulator's VIRTUAL_CORES).

This is the order Loopline's simulator follows (src/lib/sim/threads.md); real CPython switches
threads also every 5 ms of running and orders simultaneous wake-ups as the OS does. The simulator
switches after 5 ms of modelled CPU time (50,000 counted operations), which this baton does not:
a golden's threads must not compute that long without blocking.
"""

import os
import sys

import _thread

_real_allocate_lock = _thread.allocate_lock
_real_start_new_thread = _thread.start_new_thread
_real_get_ident = _thread.get_ident

VIRTUAL_CORES = 4


class _Scheduler:
    def __init__(self, rec):
        self.rec = rec
        self.threads = []
        self.by_ident = {}
        self.seq = 0
        self.enabled = True
        main = _VThread("MainThread", daemon=False)
        main.go.acquire()  # the main thread holds the baton
        self.threads.append(main)
        self.by_ident[_real_get_ident()] = main
        main.ident = _real_get_ident()
        self.main = main

    def current(self):
        return self.by_ident[_real_get_ident()]

    def others_alive(self):
        return any(t is not self.main and not t.done for t in self.threads)

    def pick(self):
        now = self.rec.clock
        best = None
        for t in self.threads:
            w = t.wait
            if t.done or w is None:
                continue
            if best is not None and t.seq > best.seq:
                continue
            ready, deadline, _what = w
            if (deadline is not None and deadline <= now) or ready():
                best = t
        return best

    def advance(self):
        at = None
        for t in self.threads:
            if t.done or t.wait is None:
                continue
            d = t.wait[1]
            if d is not None and (at is None or d < at):
                at = d
        if at is None:
            parts = [f"{t.py_name()} waits for {t.wait[2]}" for t in self.threads if not t.done and t.wait]
            self.rec.stop("Deadlock: " + "; ".join(parts))
        self.rec.advance_to(at)

    def block(self, ready, deadline, what):
        me = self.current()
        self.seq += 1
        me.wait = (ready, deadline, what)
        me.seq = self.seq
        while True:
            nxt = self.pick()
            if nxt is me:
                me.wait = None
                return
            if nxt is not None:
                nxt.wait = None
                nxt.go.release()
                me.go.acquire()  # until a thread hands the baton back (my wait was ready)
                return
            self.advance()

    def finish(self):
        me = self.current()
        me.done = True
        me.wait = None
        if me.handle is not None:
            me.handle._done = True
        while True:
            nxt = self.pick()
            if nxt is not None:
                nxt.wait = None
                nxt.go.release()
                return
            self.advance()


class _VThread:
    def __init__(self, name, daemon):
        self.name = name
        self.daemon = daemon
        self.go = _real_allocate_lock()
        self.wait = None
        self.seq = 0
        self.done = False
        self.handle = None
        self.ident = None

    def py_name(self):
        """The name threading gave the thread (the simulator names it so)."""
        threading = sys.modules.get("threading")
        th = threading._active.get(self.ident) if threading is not None else None
        return th.name if th is not None else self.name


SCHED = None


class VLock:
    """_thread.lock on the virtual clock."""

    def __init__(self):
        self._held = False

    def acquire(self, blocking=True, timeout=-1):
        if not blocking and timeout != -1:
            raise ValueError("can't specify a timeout for a non-blocking call")
        if timeout < 0 and timeout != -1:
            raise ValueError("timeout value must be a non-negative number")
        if not self._held:
            self._held = True
            return True
        if not blocking:
            return False
        deadline = SCHED.rec.clock + timeout if timeout >= 0 else None
        while self._held:
            if deadline is not None and SCHED.rec.clock >= deadline:
                return False
            SCHED.block(lambda: not self._held, deadline, "Lock")
        self._held = True
        return True

    acquire_lock = acquire

    def __enter__(self):
        return self.acquire()

    def release(self):
        if not self._held:
            raise RuntimeError("release unlocked lock")
        self._held = False

    release_lock = release

    def __exit__(self, *args):
        self.release()

    def locked(self):
        return self._held

    def _at_fork_reinit(self):
        self._held = False

    def __repr__(self):
        return "<%s _thread.lock object at %#x>" % ("locked" if self._held else "unlocked", id(self))


class VHandle:
    def __init__(self):
        self.ident = None
        self._done = False

    def is_done(self):
        return self._done

    def _set_done(self):
        self._done = True

    def join(self, timeout=None):
        if self._done:
            return
        deadline = None if timeout is None else SCHED.rec.clock + max(timeout, 0)
        SCHED.block(lambda: self._done, deadline, "Lock")  # the simulator's join waits on a lock


def _start_joinable_thread(function, handle=None, daemon=True):
    if handle is None:
        handle = VHandle()
    vt = _VThread(f"Thread-{len(SCHED.threads)}", daemon)
    vt.handle = handle
    vt.go.acquire()
    SCHED.seq += 1
    vt.wait = (lambda: True, None, "its start")
    vt.seq = SCHED.seq
    SCHED.threads.append(vt)
    started = _real_allocate_lock()
    started.acquire()

    def bootstrap():
        SCHED.by_ident[_real_get_ident()] = vt
        handle.ident = vt.ident = _real_get_ident()
        started.release()
        vt.go.acquire()  # wait for the baton
        try:
            function()
        finally:
            SCHED.finish()

    _real_start_new_thread(bootstrap, ())
    started.acquire()  # the real thread is registered (it has not run any Python of the program)
    return handle


def _start_new_thread(function, args, kwargs=None):
    h = _start_joinable_thread(lambda: function(*args, **(kwargs or {})))
    return h.ident


def _make_thread_handle(ident):
    h = VHandle()
    h.ident = ident
    return h


def _shutdown():
    if not SCHED.enabled:
        return
    SCHED.block(lambda: not any(t is not SCHED.main and not t.done and not t.daemon for t in SCHED.threads),
                None, "the threads to end")


def v_sleep_threads(secs, plain_sleep):
    """time.sleep: with other threads alive (or in one), the caller blocks on the virtual clock."""
    if SCHED is not None and (SCHED.current() is not SCHED.main or SCHED.others_alive()):
        secs = float(secs)
        if secs < 0:
            raise ValueError("sleep length must be non-negative")
        SCHED.block(lambda: False, SCHED.rec.clock + secs, f"time.sleep({secs})")
        return
    plain_sleep(secs)


def selector_wait(loop, deadline, io_ready=lambda: []):
    """The selector's wait while other threads are alive: False when there are none. It ends when
    a callback is ready, the loop stops, one of its sockets is ready (io_ready()) or at deadline."""
    if SCHED is None or not SCHED.others_alive():
        return False
    SCHED.block(lambda: bool(loop._ready) or loop._stopping or bool(io_ready()), deadline, "the event loop")
    return True


def install(rec):
    """Patch _thread (before threading is imported) and os.cpu_count; `rec` has .clock, .advance_to, .stop."""
    global SCHED
    if sys.version_info < (3, 13) or "threading" in sys.modules:
        # Older threading modules start and join threads through other _thread parts: programs
        # with threads are recorded with 3.13 only (the others run as before).
        return
    SCHED = _Scheduler(rec)
    _thread.allocate_lock = VLock
    _thread.LockType = VLock
    _thread.start_joinable_thread = _start_joinable_thread
    _thread.start_new_thread = _start_new_thread
    _thread.start_new = _start_new_thread
    _thread._ThreadHandle = VHandle
    _thread._make_thread_handle = _make_thread_handle
    _thread._shutdown = _shutdown
    os.cpu_count = lambda: VIRTUAL_CORES
    os.process_cpu_count = lambda: VIRTUAL_CORES
    import threading
    threading._CRLock = None  # threading's Python RLock, built on VLock (the C one is a real lock)
    answer_like_c_rlock(threading._PyRLock)
    import queue
    queue.SimpleQueue = queue._PySimpleQueue  # the C one blocks on a real lock


def answer_like_c_rlock(cls):
    """The Python RLock's acquire answers 1 when its owner takes it again; C's RLock answers True."""
    acquire = cls.acquire

    def acquire_as_c(self, blocking=True, timeout=-1):
        return bool(acquire(self, blocking, timeout))

    cls.acquire = cls.__enter__ = acquire_as_c


def patch_clocks(v_time):
    """The modules imported here read the clock through names bound at their import."""
    if SCHED is None:
        return
    import queue
    import threading
    queue.time = v_time
    threading._time = v_time


def end_of_program():
    """What the interpreter does at exit: threading's atexit calls, then join non-daemon threads."""
    if SCHED is None:
        return
    import threading
    threading._shutdown()
    SCHED.enabled = False
