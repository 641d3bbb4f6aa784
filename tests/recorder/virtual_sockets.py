"""The program's blocking socket calls wait on the recorder's virtual clock.

record.py installs this for every program. A socket in blocking mode (no timeout, or a timeout)
whose accept(), recv(), recv_into(), recvfrom() or recvfrom_into() has nothing to take yet would
block the real thread: instead the call waits as a lock's acquire does (virtual_threads.py's
baton, 'Lock' in a deadlock message) until the real socket is readable (polled with select() at
timeout 0; loopback delivers within the sender's call), or until its timeout, when it raises
TimeoutError('timed out') as CPython's does. Without the threads' baton (3.11, 3.12) such a call
with a timeout moves the clock to its end, and one without is a deadlock. A non-blocking socket
(asyncio's) is left to the real call. This is Loopline's model (src/lib/stdlib/py/socket.py).

select.select(), a poll object's poll() and an epoll object's poll() (and so the selectors
built on them) wait the same way: until the real call with timeout 0 reports something, or until
their timeout (poll's and epoll's rounded up to the millisecond, as the kernel counts it), when
they report what the real call with timeout 0 reports (src/lib/stdlib/py/select.py).
"""

import math
import select
import selectors
import socket
import sys

import virtual_processes
import virtual_threads

_REC = None


_real_select = select.select
_real_poll = getattr(select, "poll", None)  # Pyodide's select has neither
_real_epoll = getattr(select, "epoll", None)


def _readable(sock):
    return bool(_real_select([sock], [], [], 0)[0])


def _block_until(check, timeout):
    """check() (a truthy report) now, or once it is, or at the end of timeout seconds (None: none)."""
    found = check()
    if found or timeout == 0:
        return found
    if virtual_processes.ACTIVE:
        # Process mode (a manager's server accepting connections): the wait is seen by the
        # clock of every process, as a pipe read is.
        last = [found]

        def now_ready():
            last[0] = check()
            return bool(last[0])

        if virtual_processes.wait_until(now_ready, virtual_processes._deadline(timeout)):
            return last[0]
        return check()
    deadline = None if timeout is None else _REC.clock + timeout
    sched = virtual_threads.SCHED
    if sched is None:
        if deadline is None:
            _REC.stop("Deadlock: MainThread waits for Lock")
        _REC.advance_to(deadline)
        return check()
    last = [found]

    def ready():
        last[0] = check()
        return bool(last[0])

    sched.block(ready, deadline, "Lock")
    if deadline is not None and _REC.clock >= deadline:
        return check()  # the timeout ended the wait: report what is ready now
    return last[0]  # the report that ended the wait (epoll's is not taken twice)


def _v_select(rlist, wlist, xlist, timeout=None):
    if timeout is not None and timeout < 0:
        raise ValueError("timeout must be non-negative")
    rlist, wlist, xlist = list(rlist), list(wlist), list(xlist)

    def check():
        found = _real_select(rlist, wlist, xlist, 0)
        return found if any(found) else None

    return _block_until(check, timeout) or ([], [], [])


def _ms_to_seconds(timeout):
    if timeout is None or timeout < 0:
        return None
    return math.ceil(timeout) / 1000


class _VPoll:
    """select.poll() whose poll() waits on the virtual clock."""

    def __init__(self):
        self._real = _real_poll()

    def register(self, *args):
        return self._real.register(*args)

    def modify(self, *args):
        return self._real.modify(*args)

    def unregister(self, *args):
        return self._real.unregister(*args)

    def poll(self, timeout=None):
        return _block_until(lambda: self._real.poll(0), _ms_to_seconds(timeout)) or []


class _VEpoll:
    """select.epoll() whose poll() waits on the virtual clock."""

    def __init__(self, *args, **kwargs):
        self._real = _real_epoll(*args, **kwargs)

    def __getattr__(self, name):
        return getattr(self._real, name)

    def __enter__(self):
        self._real.__enter__()
        return self

    def __exit__(self, *args):
        return self._real.__exit__(*args)

    def poll(self, timeout=None, maxevents=-1):
        if timeout is None or timeout < 0:
            wait = None
        else:
            wait = math.ceil(timeout * 1000) / 1000
        return _block_until(lambda: self._real.poll(0, maxevents), wait) or []


def _wait(sock):
    timeout = sock.gettimeout()
    if timeout == 0 or sock.fileno() < 0:
        return
    if not _block_until(lambda: _readable(sock), timeout):
        raise TimeoutError("timed out")


def _waiting(real):
    def call(self, *args, **kwargs):
        _wait(self)
        return real(self, *args, **kwargs)

    call.__name__ = real.__name__
    call.__qualname__ = real.__qualname__
    return call


# The program sees CPython's names (type(select.epoll()).__name__, the objects' reprs).
_VPoll.__name__ = _VPoll.__qualname__ = "poll"
_VEpoll.__name__ = _VEpoll.__qualname__ = "epoll"
_VPoll.__module__ = _VEpoll.__module__ = "select"


def install(rec):
    global _REC
    _REC = rec
    for name in ("accept", "recv", "recv_into", "recvfrom", "recvfrom_into"):
        setattr(socket.socket, name, _waiting(getattr(socket.socket, name)))
    if sys.platform == "emscripten":
        return  # Pyodide has no sockets to wait on
    select.select = _v_select
    select.poll = _VPoll
    select.epoll = _VEpoll
    # selectors took these when it was imported (record.py's asyncio imports it first).
    selectors.SelectSelector._select = staticmethod(_v_select)
    selectors.PollSelector._selector_cls = _VPoll
    selectors.EpollSelector._selector_cls = _VEpoll
