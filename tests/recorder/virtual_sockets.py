"""The program's blocking socket calls wait on the recorder's virtual clock.

record.py installs this for every program. A socket in blocking mode (no timeout, or a timeout)
whose accept(), recv(), recv_into(), recvfrom() or recvfrom_into() has nothing to take yet would
block the real thread: instead the call waits as a lock's acquire does (virtual_threads.py's
baton, 'Lock' in a deadlock message) until the real socket is readable (polled with select() at
timeout 0; loopback delivers within the sender's call), or until its timeout, when it raises
TimeoutError('timed out') as CPython's does. Without the threads' baton (3.11, 3.12) such a call
with a timeout moves the clock to its end, and one without is a deadlock. A non-blocking socket
(asyncio's) is left to the real call. This is Loopline's model (src/lib/stdlib/py/socket.py).
"""

import select
import socket

import virtual_threads

_REC = None


def _readable(sock):
    return bool(select.select([sock], [], [], 0)[0])


def _wait(sock):
    timeout = sock.gettimeout()
    if timeout == 0 or sock.fileno() < 0 or _readable(sock):
        return
    deadline = None if timeout is None else _REC.clock + timeout
    sched = virtual_threads.SCHED
    if sched is None:
        if deadline is None:
            _REC.stop("Deadlock: MainThread waits for Lock")
        _REC.advance_to(deadline)
        raise TimeoutError("timed out")
    while not _readable(sock):
        if deadline is not None and _REC.clock >= deadline:
            raise TimeoutError("timed out")
        sched.block(lambda: _readable(sock), deadline, "Lock")


def _waiting(real):
    def call(self, *args, **kwargs):
        _wait(self)
        return real(self, *args, **kwargs)

    call.__name__ = real.__name__
    call.__qualname__ = real.__qualname__
    return call


def install(rec):
    global _REC
    _REC = rec
    for name in ("accept", "recv", "recv_into", "recvfrom", "recvfrom_into"):
        setattr(socket.socket, name, _waiting(getattr(socket.socket, name)))
