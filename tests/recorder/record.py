#!/usr/bin/env python3
"""Record the trace of a Python asyncio program run by real CPython on a virtual clock.

Usage: python3 record.py PROGRAM.py [-o OUT.json] [--echo]

The semantics of everything recorded here are documented in README.md next to this file;
keep the two in sync.
"""

import os
import sys

sys.dont_write_bytecode = True  # leave no __pycache__ next to the fakes or the programs

# --------------------------------------------------------------------------------------
# 0. Determinism: string hashing must not vary between runs (set/dict-of-str ordering).
# --------------------------------------------------------------------------------------
if os.environ.get("PYTHONHASHSEED") != "0":
    env = dict(os.environ)
    env["PYTHONHASHSEED"] = "0"
    os.execve(sys.executable, [sys.executable, os.path.abspath(__file__)] + sys.argv[1:], env)

# A program started from a terminal holds descriptors 0-2 only: close any others the recorder was
# handed by whatever started it (a shell's or a harness's), or the program's sockets and files would
# skip their numbers.
if sys.platform != "emscripten":
    os.closerange(3, 65536)

# --------------------------------------------------------------------------------------
# 1. Use the pure-Python asyncio Task/Future (so Task.__step can be observed).
#    This must happen before anything imports asyncio.
# --------------------------------------------------------------------------------------
# --native (a self-check only): keep the C Task and record no steps/tasks, to compare the
# rest of the trace with what the pure-Python Task gives.
NATIVE = "--native" in sys.argv[1:]
if not NATIVE:
    sys.modules["_asyncio"] = None  # type: ignore[assignment]

# Threads run one at a time on the virtual clock (virtual_threads.py): _thread is patched before
# anything imports threading.
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import virtual_threads  # noqa: E402
import virtual_sockets  # noqa: E402
import virtual_children  # noqa: E402


class _ClockProxy:
    """What virtual_threads needs of the recorder, before REC exists."""

    @property
    def clock(self):
        return REC.clock

    def advance_to(self, t):
        REC.advance_to(t)

    def stop(self, error):
        REC.stop(error)

    @property
    def max_clock(self):
        return MAX_CLOCK


def _program_source():
    """The program's text, read early: a program that uses processes is recorded in process mode."""
    args = sys.argv[1:]
    i = 0
    while i < len(args):
        if args[i] in ("-o", "--max-steps"):
            i += 2
            continue
        if not args[i].startswith("-"):
            try:
                with open(args[i], encoding="utf-8") as f:
                    return f.read()
            except OSError:
                return ""
        i += 1
    return ""


# Programs that use processes run them for real, on a shared virtual clock (virtual_processes.py).
import virtual_processes  # noqa: E402

PROCESSES = virtual_processes.install(_ClockProxy(), _program_source())
if not PROCESSES:
    virtual_threads.install(_ClockProxy())
del sys.path[0]

import builtins
import datetime as _dt
import gc
import importlib.abc
import importlib.util
import io
import json
import re
import signal
import time as _time
import traceback
import types
import warnings
import weakref

import asyncio
import asyncio.base_events
import asyncio.tasks
import asyncio.futures
import asyncio.format_helpers as format_helpers
import selectors

RECORDER_DIR = os.path.dirname(os.path.abspath(__file__))
FAKES_DIR = os.path.join(RECORDER_DIR, "fakes")
# Fakes that are also the simulator's library modules: one file serves both.
SHARED_FAKES = {
    "aiohttp": os.path.join(RECORDER_DIR, "..", "..", "src", "lib", "stdlib", "py", "aiohttp.py"),
}


class SharedFakeFinder(importlib.abc.MetaPathFinder):
    """Imports the modules of SHARED_FAKES from their files, ahead of any installed package of that name."""

    def find_spec(self, name, path=None, target=None):
        file = SHARED_FAKES.get(name)
        return None if file is None else importlib.util.spec_from_file_location(name, os.path.abspath(file))


# Limits (documented in README.md)
MAX_STEPS = 10_000
MAX_CLOCK = 1_000_000.0
CLOCK_RESOLUTION = 1e-9
WALL_TIMEOUT = 120  # seconds of real time; a recorder safety net, never part of a golden

PY312 = sys.version_info >= (3, 12)

_real_print = builtins.print
_real_stdout = sys.stdout
_real_stderr = sys.stderr


# --------------------------------------------------------------------------------------
# 2. The recorder state
# --------------------------------------------------------------------------------------
class Recorder:
    def __init__(self):
        self._clock = 0.0
        self.stdout = []
        self.steps = []
        self.tasks = []  # one dict per task, with a weak reference to it under "_ref"
        self.shutting_down = False  # True while the program's globals are being torn down
        self.warnings = []
        self.error = None
        self.program = None  # absolute path of the program file
        self.out = None
        self.echo = False
        self.finished = False

    # ---- clock -----------------------------------------------------------------------
    @property
    def clock(self):
        """The virtual clock (in process mode: shared by the processes, moved by virtual_processes)."""
        return virtual_processes.clock() if PROCESSES else self._clock

    @clock.setter
    def clock(self, t):
        self._clock = t

    def advance_to(self, target):
        target = float(target)
        if target > MAX_CLOCK:
            self.stop(f"Limit: clock would pass {MAX_CLOCK:.0f} s")
        if target > self.clock:
            self.clock = target

    # ---- output ----------------------------------------------------------------------
    def add_stdout(self, text):
        if not text:
            return
        if PROCESSES:
            # every process writes to one shared file, in the order the lines were printed
            virtual_processes.emit(json.dumps({"t": self.clock, "text": text}, ensure_ascii=False))
        else:
            self.stdout.append({"t": self.clock, "text": text})
        if self.echo:
            _real_stderr.write(text)
            _real_stderr.flush()

    def add_warning(self, text, line=None):
        """A warning at the clock now; `line`: the program's line it is attributed to (None: none, or not in the program)."""
        self.warnings.append({"t": self.clock, "text": text, "line": line})
        if self.echo:
            _real_stderr.write("[warning] " + text + "\n")

    def trace(self):
        tasks = []
        for info in self.tasks:
            t = info["_ref"]()
            if t is not None:  # still alive: read it
                info["name"] = t.get_name()
                info["state"] = task_state(t)
            tasks.append({
                "name": info["name"],
                "coro": info["coro"],
                "created": info["created"],
                "done": info["done"],
                "state": info["state"],
            })
        trace = {
            "stdout": virtual_processes.collected() if PROCESSES else self.stdout,
            "steps": self.steps,
            "tasks": tasks,
            "warnings": self.warnings,
            "error": self.error,
            "end": self.clock,
        }
        if PROCESSES:
            # lines printed at one instant by different processes or threads come in the OS's order
            trace["order"] = "per-instant"
        return trace

    def write(self):
        if self.finished:
            return
        self.finished = True
        data = json.dumps(self.trace(), indent=1, ensure_ascii=False) + "\n"
        if self.out:
            with open(self.out, "w", encoding="utf-8") as f:
                f.write(data)
        else:
            _real_stdout.write(data)
            _real_stdout.flush()

    def stop(self, error):
        """Stop the program right now (deadlock, limit): write the trace and exit."""
        self.error = error
        if PROCESSES:
            virtual_processes.kill_children()
        self.write()
        if PROCESSES:
            virtual_processes.cleanup()
        _real_stdout.flush()
        _real_stderr.flush()
        os._exit(0)


REC = Recorder()


def task_state(t):
    # Read the internals: Task.exception() would mark the exception as retrieved.
    if t._state == "PENDING":
        return "pending"
    if t._state == "CANCELLED":
        return "cancelled"
    if t._exception is not None:
        return f"exception {type(t._exception).__name__}"
    return "finished"


def exc_line(exc):
    """One line describing an exception, like the last line of its traceback."""
    lines = traceback.format_exception_only(type(exc), exc)
    return lines[0].rstrip("\n") if lines else type(exc).__name__


# --------------------------------------------------------------------------------------
# 3. The virtual clock: time, datetime
# --------------------------------------------------------------------------------------
_real_gmtime = _time.gmtime
_real_strftime = _time.strftime


def v_time():
    return REC.clock


def v_time_ns():
    return int(round(REC.clock * 1e9))


def _plain_sleep(secs):
    secs = float(secs)
    if secs < 0:
        raise ValueError("sleep length must be non-negative")
    REC.advance_to(REC.clock + secs)


def v_sleep(secs):
    if PROCESSES:
        virtual_processes.v_sleep(secs)
        return
    virtual_threads.v_sleep_threads(secs, _plain_sleep)


def v_localtime(secs=None):
    return _real_gmtime(REC.clock if secs is None else secs)


def v_strftime(fmt, t=None):
    return _real_strftime(fmt, _real_gmtime(REC.clock) if t is None else t)


_real_asctime = _time.asctime
_real_ctime = _time.ctime


def v_asctime(t=None):
    return _real_asctime(_real_gmtime(REC.clock) if t is None else t)


def v_ctime(secs=None):
    return _real_asctime(_real_gmtime(REC.clock if secs is None else secs))


def patch_time():
    _time.time = v_time
    _time.monotonic = v_time
    _time.perf_counter = v_time
    _time.time_ns = v_time_ns
    _time.monotonic_ns = v_time_ns
    _time.perf_counter_ns = v_time_ns
    _time.sleep = v_sleep
    _time.localtime = v_localtime
    _time.gmtime = v_localtime
    _time.strftime = v_strftime
    _time.asctime = v_asctime
    _time.ctime = v_ctime
    virtual_threads.patch_clocks(v_time)
    if PROCESSES:
        virtual_processes.patch_clocks(v_time)
    # asyncio imports logging before the clock is virtual: its start (relativeCreated's origin)
    # would be the wall clock. A program starts at virtual 0, as logging's import does in python3.
    logging = sys.modules.get("logging")
    if logging is not None:
        logging._startTime = type(logging._startTime)(0)


_RealDatetime = _dt.datetime
_RealDate = _dt.date
_EPOCH = _RealDatetime(1970, 1, 1)


class _AsReal(type):
    """isinstance and issubclass against a virtual class answer as for the real one it stands for:
    a datetime is a date (datetime.datetime is virtual, datetime.date too, neither subclasses the
    other), and a date made by C code (a datetime's date(), date.fromtimestamp) is a datetime.date."""

    def __instancecheck__(cls, obj):
        return isinstance(obj, cls.__bases__[0])

    def __subclasscheck__(cls, sub):
        return issubclass(sub, cls.__bases__[0])


# type(datetime.datetime) shows as the real one's metaclass
_AsReal.__name__ = _AsReal.__qualname__ = "type"
_AsReal.__module__ = "builtins"


class _VDatetime(_RealDatetime, metaclass=_AsReal):
    @classmethod
    def now(cls, tz=None):
        naive = _EPOCH + _dt.timedelta(seconds=REC.clock)
        if tz is None:
            return cls._v_from(naive)
        return cls._v_from(naive.replace(tzinfo=_dt.timezone.utc)).astimezone(tz)

    @classmethod
    def utcnow(cls):
        return cls._v_from(_EPOCH + _dt.timedelta(seconds=REC.clock))

    @classmethod
    def today(cls):
        return cls.now()

    @classmethod
    def _v_from(cls, d):
        return cls(d.year, d.month, d.day, d.hour, d.minute, d.second, d.microsecond, d.tzinfo, fold=d.fold)

    def __repr__(self):
        return repr(_RealDatetime(self.year, self.month, self.day, self.hour, self.minute,
                                  self.second, self.microsecond, self.tzinfo, fold=self.fold))


_VDatetime.__name__ = "datetime"
_VDatetime.__qualname__ = "datetime"
_VDatetime.__module__ = "datetime"


class _VDate(_RealDate, metaclass=_AsReal):
    @classmethod
    def today(cls):
        d = _EPOCH + _dt.timedelta(seconds=REC.clock)
        return cls(d.year, d.month, d.day)

    def __repr__(self):
        return repr(_RealDate(self.year, self.month, self.day))


_VDate.__name__ = "date"
_VDate.__qualname__ = "date"
_VDate.__module__ = "datetime"


def patch_datetime():
    _dt.datetime = _VDatetime
    _dt.date = _VDate


# --------------------------------------------------------------------------------------
# 4. The virtual event loop
# --------------------------------------------------------------------------------------
class VirtualSelector(selectors._BaseSelectorImpl):  # type: ignore[misc]
    """
    A selector on the virtual clock: the program's own sockets (asyncio streams on loopback) are
    watched by a real epoll and their readiness is reported as CPython's selector would (polled
    with timeout 0, so no wall-clock time passes); only when none is ready does waiting for a
    timeout advance the clock.  The loop's self-pipe is left out: it only wakes a select() blocked
    in another thread, and the virtual one never blocks.
    """

    def __init__(self):
        super().__init__()
        self.loop = None
        # Made with the selector, as CPython's epoll is (before the loop's self-pipe): the program's
        # sockets and files get the descriptor numbers they get under CPython. Pyodide has no epoll.
        self.real = None if sys.platform == "emscripten" else selectors.EpollSelector()
        self._modifying = False
        # The children's pipes and pidfds, in an epoll of their own (made at the first one).
        self.kids = None

    def _watched(self, fileobj):
        if self.loop is None:  # the self-pipe, registered while the loop is made
            return False
        ssock = getattr(self.loop, "_ssock", None)
        return ssock is None or self._fileobj_lookup(fileobj) != ssock.fileno()

    def _epoll_of(self, fd):
        """The real epoll that watches fd: the children's for their pipes and pidfds, else the sockets'."""
        if virtual_children.is_child_fd(fd):
            if self.kids is None:
                self.kids = selectors.EpollSelector()
            return self.kids
        if self.real is None:
            self.real = selectors.EpollSelector()
        return self.real

    def register(self, fileobj, events, data=None):
        key = super().register(fileobj, events, data)
        if not self._modifying and self._watched(fileobj):
            self._epoll_of(key.fd).register(key.fd, events)
        return key

    def unregister(self, fileobj):
        key = super().unregister(fileobj)
        if not self._modifying:
            for ep in (self.real, self.kids):
                if ep is not None and key.fd in ep.get_map():
                    ep.unregister(key.fd)
        return key

    def modify(self, fileobj, events, data=None):
        # The base class modifies by unregistering and registering again; the real epoll gets one
        # EPOLL_CTL_MOD, as EpollSelector.modify does (a ready socket keeps its place in the list).
        self._modifying = True
        try:
            key = super().modify(fileobj, events, data)
        finally:
            self._modifying = False
        for ep in (self.real, self.kids):
            if ep is not None and key.fd in ep.get_map():
                ep.modify(key.fd, events)
        return key

    def close(self):
        if self.real is not None:
            self.real.close()
            self.real = None
        if self.kids is not None:
            self.kids.close()
            self.kids = None
        super().close()

    def _real_ready(self):
        if self.real is None or not self.real.get_map():
            return []
        return [(self._fd_to_key[k.fd], ev) for k, ev in self.real.select(0) if k.fd in self._fd_to_key]

    def select(self, timeout=None):
        ready = self._real_ready()
        if ready:
            return ready
        if timeout != 0 and self.kids is not None and self.kids.get_map():
            # Child processes (asyncio's subprocesses) are seen when the loop has nothing else to
            # do: they run until they wait or end, then their epoll reports what they did
            # (virtual_children.py).
            virtual_children.settle(REC.stop)
            if os.environ.get("LOOPLINE_KIDS_DEBUG"):
                _real_stderr.write(f"kids {[(k.fd, ev) for k, ev in self.kids.select(0)]}\n")
            ready = virtual_children.in_spawn_order(
                [(self._fd_to_key[k.fd], ev) for k, ev in self.kids.select(0) if k.fd in self._fd_to_key])
            if ready:
                return ready
        return self._virtual_select(timeout)

    def _virtual_select(self, timeout):
        loop = self.loop
        if timeout != 0 and PROCESSES:
            scheduled = loop._scheduled
            virtual_processes.selector_wait(loop, scheduled[0]._when if scheduled else None)
            return []
        if timeout != 0:
            # Other threads run while the loop waits, until one wakes it or the next timer is due.
            scheduled = loop._scheduled
            if virtual_threads.selector_wait(loop, scheduled[0]._when if scheduled else None, self._real_ready):
                # The select() that waited reports the sockets a thread made ready meanwhile.
                return self._real_ready()
        if timeout is None:
            REC.stop(deadlock_message(loop))
        if timeout > 0:
            scheduled = loop._scheduled
            if scheduled:
                REC.advance_to(scheduled[0]._when)
            else:  # cannot happen with BaseEventLoop._run_once
                REC.advance_to(REC.clock + timeout)
        return []


# The loop logs its selector's class at DEBUG ("Using selector: EpollSelector"): the virtual one
# goes by the name of the selector CPython picks on Linux.
VirtualSelector.__name__ = VirtualSelector.__qualname__ = "EpollSelector"


class VirtualLoop(asyncio.SelectorEventLoop):
    def __init__(self):
        sel = VirtualSelector()
        super().__init__(selector=sel)
        sel.loop = self
        self._clock_resolution = CLOCK_RESOLUTION

    def time(self):
        return REC.clock

    def add_signal_handler(self, sig, callback, *args):
        # The self-pipe is the signals' wakeup fd from now on: the real epoll watches it, so a
        # signal the program sends itself (os.kill) is reported as CPython's select() reports it.
        super().add_signal_handler(sig, callback, *args)
        sel = self._selector
        if sel.real is not None and self._ssock.fileno() not in sel.real.get_map():
            sel.real.register(self._ssock.fileno(), selectors.EVENT_READ)

    def default_exception_handler(self, context):
        message = context.get("message") or "Unhandled exception in event loop"
        exc = context.get("exception")
        if REC.program:
            message = message.replace(REC.program, os.path.basename(REC.program))
        text = message
        if exc is not None:
            if REC.shutting_down and sys.version_info >= (3, 13):
                # CPython 3.13 fails to log an exception while finalizing (it prints
                # '--- Logging error ---' instead of the message): report nothing.
                return
            text += f" ({exc_line(exc)})"
        REC.add_warning(text)


# The program sees CPython's loop class (BaseEventLoop.__repr__ names it: debug mode's 'Close <...>').
VirtualLoop.__name__ = VirtualLoop.__qualname__ = "_UnixSelectorEventLoop"
if sys.platform == "emscripten":
    # Pyodide (record_pyodide.mjs) has no socketpair for the loop's self-pipe.  The pipe only wakes
    # a select() blocked in another thread, and the virtual selector never blocks nor reports I/O:
    # without it the loop runs the same.
    VirtualLoop._make_self_pipe = lambda self: None
    VirtualLoop._close_self_pipe = lambda self: None
    VirtualLoop._write_to_self = lambda self: None


class VirtualPolicy(asyncio.DefaultEventLoopPolicy):  # type: ignore[misc,valid-type]
    _loop_factory = VirtualLoop


# --------------------------------------------------------------------------------------
# 5. Observing tasks
# --------------------------------------------------------------------------------------
Task = asyncio.tasks._PyTask
assert NATIVE or asyncio.tasks.Task is Task, "the C accelerator was not blocked"

_INTERNAL_CODES = {
    asyncio.base_events.BaseEventLoop.shutdown_asyncgens.__code__,
    asyncio.base_events.BaseEventLoop.shutdown_default_executor.__code__,
}


def is_internal(task):
    coro = getattr(task, "_coro", None)
    code = getattr(coro, "cr_code", None)
    return code in _INTERNAL_CODES


# Awaitables that only wrap another one: the chain goes on into what they wrap.
_WRAPPERS = ("async_generator_asend", "async_generator_athrow", "anext_awaitable",
             "coroutine_wrapper")
_FOLLOWABLE = (types.CoroutineType, types.GeneratorType, types.AsyncGeneratorType)


def chain(coro):
    """The await chain of a coroutine: (object, frame) pairs, outermost first."""
    obj = coro
    seen = set()
    while obj is not None and id(obj) not in seen:
        seen.add(id(obj))
        frame = None
        nxt = None
        if isinstance(obj, types.CoroutineType):
            frame, nxt = obj.cr_frame, obj.cr_await
        elif isinstance(obj, types.GeneratorType):
            frame, nxt = obj.gi_frame, obj.gi_yieldfrom
        elif isinstance(obj, types.AsyncGeneratorType):
            frame, nxt = obj.ag_frame, obj.ag_await
        elif type(obj).__name__ in _WRAPPERS:
            # asend/athrow of an async generator, anext(it, default), coro.__await__():
            # step into the wrapped generator / coroutine
            for ref in gc.get_referents(obj):
                if isinstance(ref, _FOLLOWABLE) or type(ref).__name__ in _WRAPPERS:
                    nxt = ref
                    break
        else:
            # some other awaitable (e.g. a Future): follow a coroutine-like protocol if any
            for a_frame, a_next in (("cr_frame", "cr_await"), ("gi_frame", "gi_yieldfrom")):
                if hasattr(obj, a_frame):
                    frame = getattr(obj, a_frame)
                    nxt = getattr(obj, a_next, None)
                    break
        yield obj, frame
        obj = nxt


def location(coro):
    """function:line of the innermost frame of the await chain in the program's file."""
    loc = None
    if coro is None:
        return None
    for _obj, frame in chain(coro):
        if frame is not None and frame.f_code.co_filename == REC.program:
            loc = f"{frame.f_code.co_name}:{frame.f_lineno}"
    return loc


def record_task_created(task):
    if is_internal(task):
        return
    coro = task._coro
    qual = getattr(coro, "__qualname__", None) or type(coro).__name__
    info = {"_ref": weakref.ref(task), "coro": qual, "created": REC.clock, "done": None,
            "name": task.get_name(), "state": "pending"}
    REC.tasks.append(info)
    task._rec_info = info


_orig_task_init = Task.__init__


def _task_init(self, *args, **kwargs):
    # Register before the original __init__ may start the task eagerly.
    self._rec_pending_registration = True
    try:
        _orig_task_init(self, *args, **kwargs)
        # Debug mode's source traceback: this wrapper is one frame more than the C Task sees (its
        # last entry would be the wrapper, and create_task's own frame would stay in it).
        if self._source_traceback:
            del self._source_traceback[-1]
    finally:
        if getattr(self, "_rec_pending_registration", False):
            self._rec_pending_registration = False
            if hasattr(self, "_coro"):
                record_task_created(self)


def _ensure_registered(task):
    if getattr(task, "_rec_pending_registration", False):
        task._rec_pending_registration = False
        record_task_created(task)


def _wrap_step(orig):
    orig_code = orig.__code__
    def step(self, *args, **kwargs):
        _ensure_registered(self)
        info = getattr(self, "_rec_info", None)
        if info is None:
            return orig(self, *args, **kwargs)
        if len(REC.steps) >= MAX_STEPS:
            REC.stop(f"Limit: more than {MAX_STEPS} steps")
        entry = {"task": self.get_name(), "t": REC.clock, "at": location(self._coro), "to": None}
        REC.steps.append(entry)
        try:
            return orig(self, *args, **kwargs)
        finally:
            info["name"] = self.get_name()
            if self.done():
                entry["to"] = "done"
                if info["done"] is None:
                    info["done"] = REC.clock
                info["state"] = task_state(self)
                # The C Task's step is not a Python frame, so the exception's traceback
                # starts at the coroutine.  Here it starts at the step's frame, which (with
                # its f_back chain) holds the task: a reference cycle that would keep the task
                # alive until the cyclic GC runs.  Drop that first traceback entry so that
                # the task is freed (and its __del__ reports) when CPython's C Task would be.
                for attr in ("_exception", "_cancelled_exc"):
                    exc = getattr(self, attr, None)
                    tb = getattr(exc, "__traceback__", None)
                    if tb is not None and tb.tb_frame.f_code is orig_code:
                        exc.__traceback__ = tb.tb_next
                        if attr == "_exception" and getattr(self, "_exception_tb", None) is tb:
                            self._exception_tb = tb.tb_next
                exc = tb = None
            else:
                entry["to"] = location(self._coro)
            self = None  # noqa: F841  (no reference from this frame once it is over)

    return step


_orig_set_name = Task.set_name


def _task_set_name(self, value):
    _orig_set_name(self, value)
    info = getattr(self, "_rec_info", None)
    if info is not None:
        info["name"] = self.get_name()


_PyFuture = asyncio.futures._PyFuture
_orig_fut_result = _PyFuture.result
_orig_fut_set_result = _PyFuture.set_result
_orig_fut_set_exception = _PyFuture.set_exception
_InvalidStateError = asyncio.exceptions.InvalidStateError


# The pure-Python Future words a few errors differently from the C one CPython really uses.
def _fut_result(self):
    if self._state == "PENDING":
        raise _InvalidStateError("Result is not set.")
    return _orig_fut_result(self)


def _fut_set_result(self, result):
    if self._state != "PENDING":
        raise _InvalidStateError("invalid state")
    return _orig_fut_set_result(self, result)


def _fut_set_exception(self, exception):
    if self._state != "PENDING":
        raise _InvalidStateError("invalid state")
    exc = exception() if isinstance(exception, type) else exception
    if not isinstance(exc, BaseException):
        raise TypeError("invalid exception object")
    return _orig_fut_set_exception(self, exception)


def _c_named_getattr(self, name):
    # An attribute nobody has: the C classes name themselves '_asyncio.Task' / '_asyncio.Future'
    # in the message (a subclass by its own name).
    cls = type(self)
    shown = f"_asyncio.{cls.__name__}" if cls is Task or cls is _PyFuture else cls.__name__
    raise AttributeError(f"'{shown}' object has no attribute '{name}'", name=name, obj=self)


def patch_tasks():
    Task.__init__ = _task_init
    _PyFuture.__getattr__ = _c_named_getattr
    Task.set_name = _task_set_name
    _PyFuture.result = _fut_result
    _PyFuture.set_result = _fut_set_result
    _PyFuture.set_exception = _fut_set_exception
    # repr of a future a task waits for shows its callback as the C Task names it
    Task._Task__wakeup.__qualname__ = "Task.task_wakeup"
    if PY312:
        name = "_Task__step_run_and_handle_result"
    else:
        name = "_Task__step"
    setattr(Task, name, _wrap_step(getattr(Task, name)))


def _callback_source(orig):
    # The pure-Python Task queues its bound __step; the C one queues a TaskStepMethWrapper (typed
    # `_asyncio.TaskStepMethWrapper` from 3.12), an object with no __qualname__, shown by its repr.
    prefix = "_asyncio." if PY312 else ""

    step = getattr(Task, "_Task__step", None)  # the pure-Python Task's (not in --native mode)

    def source(func, args, **kwargs):
        # a queued step's handle shows the C Task's TaskStepMethWrapper object (loop._ready)
        if step is not None and getattr(func, "__func__", None) is step:
            return f"<{prefix}TaskStepMethWrapper object at {hex(id(func))}>()"
        # print, which the recorder replaces to capture the output, is the built-in for the program
        return orig(_real_print if func is v_print else func, args, **kwargs)

    return source


# --------------------------------------------------------------------------------------
# 6. Deadlock description
# --------------------------------------------------------------------------------------
def waits_for(task):
    fw = task._fut_waiter
    if isinstance(fw, asyncio.Task):
        return fw.get_name()
    for obj, frame in chain(task._coro):
        if frame is None or frame.f_code.co_filename == REC.program:
            continue
        if isinstance(obj, types.CoroutineType):
            self_obj = frame.f_locals.get("self") if "self" in frame.f_code.co_varnames else None
            if self_obj is not None and type(self_obj).__module__.startswith("asyncio."):
                return type(self_obj).__name__
            return obj.__name__
    if isinstance(fw, asyncio.tasks._GatheringFuture):
        return "gather"
    return "Future"


def deadlock_message(loop):
    parts = []
    for info in REC.tasks:
        t = info["_ref"]()
        if t is None or t.done() or t._loop is not loop:
            continue
        loc = location(t._coro) or "?"
        parts.append(f"{t.get_name()} ({info['coro']}) at {loc} waits for {waits_for(t)}")
    if not parts:
        return "Deadlock: no task is pending"
    return "Deadlock: " + "; ".join(parts)


# --------------------------------------------------------------------------------------
# 7. stdout and warnings
# --------------------------------------------------------------------------------------
class CaptureStdout(io.TextIOBase):
    encoding = "utf-8"
    name = "<stdout>"  # sys.stdout's name, which a StreamHandler's repr shows

    def write(self, s):
        REC.add_stdout(s)
        return len(s)

    def writable(self):
        return True

    def flush(self):
        pass

    def isatty(self):
        return False


def v_print(*args, sep=" ", end="\n", file=None, flush=False):
    # print() writes to sys.stdout as it is now: the program may have replaced it
    # (contextlib.redirect_stdout), and None there prints nothing.
    if file is None:
        file = sys.stdout
        if file is None:
            return
    if isinstance(file, CaptureStdout):
        buf = io.StringIO()
        _real_print(*args, sep=sep, end=end, file=buf)
        REC.add_stdout(buf.getvalue())
    else:
        _real_print(*args, sep=sep, end=end, file=file, flush=flush)


def v_showwarning(message, category, filename, lineno, file=None, line=None):
    # The line the warnings module attributes it to (for a coroutine never awaited: the line
    # running when the coroutine object was dropped), when that is in the program's own file.
    where = lineno if filename == REC.program and lineno else None
    REC.add_warning(f"{category.__name__}: {message}", where)


# --------------------------------------------------------------------------------------
# 8. The simulated network: latency directives
# --------------------------------------------------------------------------------------
_LATENCY_RE = re.compile(r"^\s*#\s*sim:\s*latency\s+(\S+)\s+(\S+)\s*$")


def parse_latencies(source):
    table = []
    for line in source.splitlines():
        m = _LATENCY_RE.match(line)
        if m:
            table.append((m.group(1), float(m.group(2))))
    return table


# --------------------------------------------------------------------------------------
# 9. Running the program
# --------------------------------------------------------------------------------------
def main():
    args = sys.argv[1:]
    out = None
    prog = None
    echo = False
    i = 0
    while i < len(args):
        a = args[i]
        if a == "-o":
            out = args[i + 1]
            i += 2
            continue
        if a == "--max-steps":
            # For benchmarks only: goldens are always recorded with the default limit.
            global MAX_STEPS
            MAX_STEPS = int(args[i + 1])
            i += 2
            continue
        if a == "--echo":
            echo = True
        elif a == "--native":
            pass
        elif prog is None:
            prog = a
        else:
            _real_stderr.write(f"unexpected argument {a}\n")
            sys.exit(2)
        i += 1
    if prog is None:
        _real_stderr.write("usage: record.py PROGRAM.py [-o OUT.json] [--echo]\n")
        sys.exit(2)

    path = os.path.abspath(prog)
    REC.program = path
    REC.out = out
    REC.echo = echo
    with open(path, encoding="utf-8") as f:
        source = f.read()
    if virtual_processes.uses_processes(source) and not PROCESSES:
        # Never a golden: other versions (and Pyodide) record no processes on the virtual clock.
        REC.stop("Recorder: programs with processes are recorded with CPython 3.13 on Linux only")

    # Fakes for the simulated network
    sys.path[:] = [p for p in sys.path if os.path.abspath(p or ".") != RECORDER_DIR]
    sys.path.insert(0, FAKES_DIR)
    sys.path.insert(0, os.path.dirname(path))
    sys.meta_path.insert(0, SharedFakeFinder())
    import _simnet  # noqa: E402  (in fakes/)

    _simnet.LATENCIES[:] = parse_latencies(source)

    patch_time()
    patch_datetime()
    virtual_sockets.install(REC)
    virtual_children.install()
    if not NATIVE:
        patch_tasks()
    format_helpers._format_callback_source = _callback_source(format_helpers._format_callback_source)
    asyncio.set_event_loop_policy(VirtualPolicy())

    def on_alarm(signum, frame):
        REC.stop("Recorder: wall-clock timeout")

    if hasattr(signal, "alarm"):  # not under Pyodide: record_pyodide.mjs has its own timeout
        signal.signal(signal.SIGALRM, on_alarm)
        signal.alarm(WALL_TIMEOUT)

    mod = types.ModuleType("__main__")
    mod.__file__ = path
    mod.__builtins__ = builtins
    mod.__cached__ = None
    sys.modules["__main__"] = mod
    sys.argv = [path]

    builtins.print = v_print
    sys.stdout = CaptureStdout()
    warnings.showwarning = v_showwarning

    code = compile(source, path, "exec")
    try:
        exec(code, mod.__dict__)
        virtual_threads.end_of_program()
    except SystemExit:
        pass
    except BaseException as e:  # noqa: BLE001
        REC.error = exc_line(e)
        e = None  # noqa: F841
    if not PROCESSES:
        # Interpreter exit, before its finalization: the atexit functions, last registered first.
        # (With processes, multiprocessing's own exit function belongs to virtual_processes.)
        import atexit
        atexit._run_exitfuncs()
    if PROCESSES:
        # the interpreter's exit joins the threads and the child processes, also after an error
        virtual_processes.end_of_program()
    # Whatever is garbage by now is finalized as CPython would have (the pure-Python Task can
    # be in reference cycles the C one is not in).
    gc.collect()
    # Interpreter shutdown: the program's globals go away, and with them what they held.
    REC.shutting_down = True
    mod.__dict__.clear()
    gc.collect()
    if hasattr(signal, "alarm"):
        signal.alarm(0)
    sys.stdout = _real_stdout
    builtins.print = _real_print
    REC.write()
    if PROCESSES:
        virtual_processes.cleanup()


if __name__ == "__main__":
    main()
