# The epoll selector that reports the program's sockets (stdlib's _loopback.py, the loopback network
# the socket module shares) to the event loop: the I/O half of BaseEventLoop._run_once (select(),
# then _process_events).
#
# The selector keeps epoll's ready list: a socket joins its tail when it becomes ready for what it
# is registered for (or is registered while ready), reported ones stay there in order, and those
# no longer ready leave it; so callbacks of one select() run in the order Linux reports them.

from _loopback import (
    _EVENT_READ,
    _EVENT_WRITE,
    _AF_INET,
    _AF_INET6,
    _AF_UNIX,
    _LOOPBACK,
    _WILDCARD,
    _net,
    _Socket,
    _DatagramSocket,
    _UnixSocket,
    _datagram_socket_at,
)


class _Selector:
    """The loop's epoll selector over the program's sockets: fd -> [socket, mask, reader, writer]."""

    def __init__(self, loop):
        self.loop = loop
        self.keys = {}
        self.ready = []  # epoll's ready list, in order
        self.pending = {}  # fd -> the [reader, writer] handles last scheduled (remove_* cancels them)

    def wake(self, sock, ev):
        key = self.keys.get(sock.fd)
        if key is not None and key[1] & ev and sock.fd not in self.ready:
            self.ready.append(sock.fd)
            _io_wake(self.loop)

    def _registered(self, sock):
        if sock.events() & self.keys[sock.fd][1] and sock.fd not in self.ready:
            self.ready.append(sock.fd)
            _io_wake(self.loop)

    def add(self, sock, ev, callback, args):
        sock.selector = self
        key = self.keys.get(sock.fd)
        if key is None:
            key = self.keys[sock.fd] = [sock, 0, None, None]
        key[1] |= ev
        slot = 2 if ev == _EVENT_READ else 3
        self._cancel(sock.fd, slot - 2)
        key[slot] = (callback, args)
        self._registered(sock)

    def polling(self, sock, ev):
        key = self.keys.get(sock.fd)
        return key is not None and key[0] is sock and bool(key[1] & ev)

    def remove(self, sock, ev):
        key = self.keys.get(sock.fd)
        if key is None or not key[1] & ev:
            return False
        slot = 2 if ev == _EVENT_READ else 3
        key[1] &= ~ev
        key[slot] = None
        self._cancel(sock.fd, slot - 2)
        if not key[1]:
            del self.keys[sock.fd]
            if sock.fd in self.ready:
                self.ready.remove(sock.fd)
        return True

    def forget(self, sock):
        self.remove(sock, _EVENT_READ)
        self.remove(sock, _EVENT_WRITE)

    def _cancel(self, fd, which):
        handles = self.pending.get(fd)
        if handles is not None and handles[which] is not None:
            handles[which].cancel()
            handles[which] = None

    def poll(self):
        """select() then _process_events: the ready sockets' callbacks join the ready queue."""
        order = self.ready
        self.ready = []
        for fd in order:
            key = self.keys.get(fd)
            if key is None:
                continue
            sock, mask, reader, writer = key
            ev = sock.events() & mask
            if not ev:
                continue
            self.ready.append(fd)
            handles = self.pending.setdefault(fd, [None, None])
            if ev & _EVENT_READ and reader is not None:
                handles[0] = self.loop.call_soon(reader[0], *reader[1])
            if ev & _EVENT_WRITE and writer is not None:
                handles[1] = self.loop.call_soon(writer[0], *writer[1])


_selectors = {}


def _selector(loop):
    sel = _selectors.get(id(loop))
    if sel is None or sel.loop is not loop:
        sel = _selectors[id(loop)] = _Selector(loop)
        _set_io_poll(loop, sel.poll)
    return sel


def _add_reader(loop, sock, callback, *args):
    _selector(loop).add(sock, _EVENT_READ, callback, args)


def _add_writer(loop, sock, callback, *args):
    _selector(loop).add(sock, _EVENT_WRITE, callback, args)


def _remove_reader(loop, sock):
    return _selector(loop).remove(sock, _EVENT_READ)


def _remove_writer(loop, sock):
    return _selector(loop).remove(sock, _EVENT_WRITE)
