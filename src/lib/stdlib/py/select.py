# select on the program's loopback network (_loopback.py): select(), poll() and epoll() over its
# sockets, reporting what Linux reports of each (the sockets' poll_mask()). A call with nothing
# ready waits as a lock's acquire does (stdlib socket.py's blocking calls): the thread blocks on
# the virtual clock and hands the GIL over until a watched socket changes or the timeout runs out;
# with no other thread to change anything, a wait without a timeout is a deadlock.
#
# Results come in Linux's order: select() in the order of the lists given, poll() in the order
# the descriptors were registered, epoll in the order of its ready list (a socket joins its tail
# when it becomes ready for what it is watched for; a reported one goes back to the tail, one no
# longer ready leaves). Descriptors other than the program's sockets (files, pipes, the terminal)
# are refused as not simulated.

import _stdlib_native
from _loopback import _net, _IN, _OUT, _ERR, _HUP, _RDNORM, _WRNORM, _WRBAND, _RDHUP

error = OSError

POLLIN = EPOLLIN = _IN
POLLPRI = EPOLLPRI = 0x2
POLLOUT = EPOLLOUT = _OUT
POLLERR = EPOLLERR = _ERR
POLLHUP = EPOLLHUP = _HUP
POLLNVAL = 0x20
POLLRDNORM = EPOLLRDNORM = _RDNORM
POLLRDBAND = EPOLLRDBAND = 0x80
POLLWRNORM = EPOLLWRNORM = _WRNORM
POLLWRBAND = EPOLLWRBAND = _WRBAND
POLLMSG = EPOLLMSG = 0x400
POLLRDHUP = EPOLLRDHUP = _RDHUP
EPOLLET = 1 << 31
EPOLLONESHOT = 1 << 30
EPOLLEXCLUSIVE = 1 << 28
EPOLL_CLOEXEC = 0x80000
PIPE_BUF = 4096

# What select() counts as readable and as writable (the kernel's POLLIN_SET and POLLOUT_SET).
_READABLE = _IN | _RDNORM | POLLRDBAND | _HUP | _ERR
_WRITABLE = _OUT | _WRNORM | _WRBAND | _ERR
# Always reported by poll and epoll, asked for or not.
_ALWAYS = _ERR | _HUP


def _fd_of(obj):
    """The descriptor of an int or of an object with a fileno() method, as CPython reads it."""
    if isinstance(obj, int):
        fd = obj
    else:
        fileno = getattr(obj, 'fileno', None)
        if fileno is None:
            raise TypeError('argument must be an int, or have a fileno() method.')
        fd = fileno()
        if not isinstance(fd, int):
            raise TypeError('fileno() returned a non-integer')
    if fd < 0:
        raise ValueError(f'file descriptor cannot be a negative integer ({fd})')
    return fd


def _socket_at(fd, what):
    sock = _net.by_fd.get(fd)
    if sock is None:
        _stdlib_native.refuse(
            f'{what} on file descriptor {fd} is not simulated in Loopline (only the program\'s own sockets)'
        )
    return sock


class _Waiter:
    """A one-shot wake-up the watched sockets share: the first change of any of them releases it."""

    def __init__(self):
        import _thread
        self.lock = _thread.allocate_lock()
        self.lock.acquire()
        self.released = False

    def release(self):
        if not self.released:
            self.released = True
            self.lock.release()


def _wait(socks, ready, timeout):
    """ready() now, else after waiting until it is (or until timeout seconds: then what it is)."""
    found = ready()
    if found or timeout == 0:
        return found
    deadline = None if timeout is None else _stdlib_native.clock() + timeout
    while True:
        waiter = _Waiter()
        for sock in socks:
            sock.waiters.append(waiter)
        if deadline is None:
            waiter.lock.acquire()
        else:
            left = deadline - _stdlib_native.clock()
            if left > 0:
                waiter.lock.acquire(True, left)
        for sock in socks:
            if waiter in sock.waiters:
                sock.waiters.remove(waiter)
        found = ready()
        if found or (deadline is not None and _stdlib_native.clock() >= deadline):
            return found


def _seconds(timeout, what):
    if timeout is None:
        return None
    if not isinstance(timeout, (int, float)):
        raise TypeError(f"'{type(timeout).__name__}' object cannot be interpreted as an integer or float")
    if timeout < 0:
        raise ValueError(f'{what} must be non-negative')
    return float(timeout)


def select(rlist, wlist, xlist, timeout=None, /):
    """Wait until some of the sockets are ready: the three lists of those that are (in their order)."""
    timeout = _seconds(timeout, 'timeout')
    lists = []
    for seq in (rlist, wlist, xlist):
        if not hasattr(seq, '__iter__'):
            raise TypeError('arguments 1-3 must be sequences')
        lists.append([(obj, _socket_at(_fd_of(obj), 'select()')) for obj in seq])
    socks = [sock for entries in lists for _, sock in entries]

    def ready():
        r = [obj for obj, sock in lists[0] if sock.poll_mask() & _READABLE]
        w = [obj for obj, sock in lists[1] if sock.poll_mask() & _WRITABLE]
        x = [obj for obj, sock in lists[2] if sock.poll_mask() & POLLPRI]
        return (r, w, x) if r or w or x else None

    return _wait(socks, ready, timeout) or ([], [], [])


def _ms(timeout):
    """poll()'s timeout in milliseconds as seconds (None or negative: wait without end)."""
    if timeout is None:
        return None
    if not isinstance(timeout, (int, float)):
        raise TypeError(f"'{type(timeout).__name__}' object cannot be interpreted as an integer or float")
    if timeout < 0:
        return None
    import math
    return math.ceil(timeout) / 1000


class _Poll:
    """A poll object: descriptors and their event masks, reported in registration order."""

    def __init__(self):
        self._fds = {}

    def register(self, fd, eventmask=POLLIN | POLLPRI | POLLOUT, /):
        fd = _fd_of(fd)
        _socket_at(fd, 'poll()')
        self._fds[fd] = eventmask

    def modify(self, fd, eventmask, /):
        fd = _fd_of(fd)
        if fd not in self._fds:
            raise FileNotFoundError(2, 'No such file or directory')
        self._fds[fd] = eventmask

    def unregister(self, fd, /):
        fd = _fd_of(fd)
        if fd not in self._fds:
            raise KeyError(fd)
        del self._fds[fd]

    def _masks(self):
        found = []
        for fd, events in self._fds.items():
            sock = _net.by_fd.get(fd)
            revents = POLLNVAL if sock is None else sock.poll_mask() & (events | _ALWAYS)
            if revents:
                found.append((fd, revents))
        return found

    def poll(self, timeout=None, /):
        socks = [s for s in (_net.by_fd.get(fd) for fd in self._fds) if s is not None]
        return _wait(socks, self._masks, _ms(timeout)) or []


def poll():
    return _Poll()


_Poll.__name__ = _Poll.__qualname__ = 'poll'
_Poll.__module__ = 'select'


class epoll:
    """An epoll instance over the program's sockets, with Linux's ready list."""

    __module__ = 'select'

    def __init__(self, sizehint=-1, flags=0):
        self._fd = _net.fd()
        self._keys = {}  # fd -> [socket, event mask]
        self._ready = []  # the ready list: fds, in order
        self._closed = False

    def __repr__(self):
        return f'<select.epoll object at {hex(id(self))}>'

    @property
    def closed(self):
        return self._closed

    def _check(self):
        if self._closed:
            raise ValueError('I/O operation on closed epoll object')

    def fileno(self):
        self._check()
        return self._fd

    def close(self):
        if not self._closed:
            for sock, _ in self._keys.values():
                if self in sock.watchers:
                    sock.watchers.remove(self)
            self._keys = {}
            self._ready = []
            self._closed = True
            _net.release(self._fd)

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *args):
        self.close()

    @classmethod
    def fromfd(cls, fd):
        _stdlib_native.not_simulated('select.epoll.fromfd()')

    def _join(self, fd, sock, mask):
        if fd not in self._ready and sock.poll_mask() & (mask | _ALWAYS):
            self._ready.append(fd)

    def register(self, fd, eventmask=EPOLLIN | EPOLLPRI | EPOLLOUT):
        self._check()
        fd = _fd_of(fd)
        sock = _socket_at(fd, 'epoll')
        if fd in self._keys:
            raise FileExistsError(17, 'File exists')
        if eventmask & (EPOLLET | EPOLLONESHOT | EPOLLEXCLUSIVE):
            _stdlib_native.not_simulated('epoll flags EPOLLET, EPOLLONESHOT and EPOLLEXCLUSIVE')
        self._keys[fd] = [sock, eventmask]
        sock.watchers.append(self)
        self._join(fd, sock, eventmask)

    def modify(self, fd, eventmask):
        self._check()
        fd = _fd_of(fd)
        key = self._keys.get(fd)
        if key is None:
            raise FileNotFoundError(2, 'No such file or directory')
        key[1] = eventmask
        self._join(fd, key[0], eventmask)

    def unregister(self, fd):
        self._check()
        fd = _fd_of(fd)
        key = self._keys.pop(fd, None)
        if key is None:
            raise FileNotFoundError(2, 'No such file or directory')
        if self in key[0].watchers:
            key[0].watchers.remove(self)
        if fd in self._ready:
            self._ready.remove(fd)

    # What the sockets tell their watchers (_loopback.py's _wake and close).

    def wake(self, sock, ev):
        key = self._keys.get(sock.fd)
        if key is not None and key[0] is sock:
            self._join(sock.fd, sock, key[1])

    def forget(self, sock):
        # A closed socket leaves every epoll set (its descriptor is gone).
        key = self._keys.get(sock.fd)
        if key is not None and key[0] is sock:
            self.unregister(sock.fd)

    def _harvest(self, maxevents):
        """epoll_wait's scan: at most maxevents of the ready list, in order. Reported sockets go back
        to the tail, those no longer ready leave, those not reached stay at the head."""
        order = self._ready
        reported = []
        found = []
        i = 0
        while i < len(order) and len(found) < maxevents:
            fd = order[i]
            i += 1
            key = self._keys.get(fd)
            events = 0 if key is None else key[0].poll_mask() & (key[1] | _ALWAYS)
            if events:
                found.append((fd, events))
                reported.append(fd)
        self._ready = order[i:] + reported
        return found

    def poll(self, timeout=None, maxevents=-1):
        self._check()
        if timeout is None or (isinstance(timeout, (int, float)) and timeout < 0):
            wait = None
        else:
            wait = _ms(_seconds(timeout, 'timeout') * 1000)
        if maxevents == -1:
            maxevents = max(len(self._keys), 1)
        elif maxevents <= 0:
            raise ValueError(f'maxevents must be greater than 0, got {maxevents}')
        socks = [sock for sock, _ in self._keys.values()]
        return _wait(socks, lambda: self._harvest(maxevents), wait) or []

# C functions in CPython: `<built-in function select>`.
from _stdlib_native import c_functions as _c_functions
_c_functions('select', globals(), 'select poll')
del _c_functions
