# The program's own TCP sockets on a loopback network, and the epoll selector that reports them to
# the event loop (the I/O half of BaseEventLoop._run_once: select(), then _process_events).
#
# Loopback is instantaneous: a connect() reaches its listener, and bytes sent reach the peer,
# during the call itself; the selector reports them at its next select(). As on Linux, a
# non-blocking connect() answers EINPROGRESS (the socket becomes writable at once, or in error if
# nobody listens there), and sends never block (the kernel's buffers are taken as unbounded).
# The selector keeps epoll's ready list: a socket joins its tail when it becomes ready for what it
# is registered for (or is registered while ready), reported ones stay there in order, and those
# no longer ready leave it; so callbacks of one select() run in the order Linux reports them.

_EVENT_READ = 1
_EVENT_WRITE = 2
_AF_INET = 2
_AF_INET6 = 10
_LOOPBACK = {'127.0.0.1': _AF_INET, '::1': _AF_INET6, 'localhost': _AF_INET}
# Ports the kernel picks (a port 0 server, a client's own end): Linux picks them at random in
# 32768-60999; here they are handed out in order from the start of that range.
_EPHEMERAL_FIRST = 32768
# Up to this many bytes waiting in a receive buffer, Linux hands them to one recv() whole; beyond,
# how many recv() calls they take depends on the kernel's buffer tuning.
_UNREAD_MAX = 65536


class _Network:
    def __init__(self):
        self.listeners = {}
        self.datagram = {}  # (host, port) -> the UDP socket bound there (udp.py)
        self.next_port = _EPHEMERAL_FIRST
        self.fds = set()

    def fd(self):
        """The lowest free file descriptor, as the kernel hands out (those of the loop, its epoll's
        and self-pipe's, and of the program's files are taken: stdlib's _fs.py hands them out)."""
        import _fs
        fd = _fs.free_fd()
        self.fds.add(fd)
        return fd

    def port(self):
        while any(p == self.next_port for (_, p) in self.listeners) or any(
            p == self.next_port for (_, p) in self.datagram
        ):
            self.next_port += 1
        port = self.next_port
        self.next_port += 1
        return port


_net = _Network()
# The address a socket bound to no particular host has, by family.
_WILDCARD = {_AF_INET: '0.0.0.0', _AF_INET6: '::'}


class _SocketBase:
    """What TCP sockets and udp.py's datagram sockets share: descriptor and addresses."""

    def fileno(self):
        return -1 if self.closed else self.fd

    def _addr(self, host, port):
        return (host, port) if self.family == _AF_INET else (host, port, 0, 0)

    def getsockname(self):
        return self.laddr if self.laddr is not None else self._addr(_WILDCARD[self.family], 0)

    def getpeername(self):
        if self.raddr is None:
            raise OSError(107, 'Transport endpoint is not connected')
        return self.raddr


class _Socket(_SocketBase):
    """One end of a TCP connection, or a listening socket."""

    type = 1  # SOCK_STREAM
    proto = 6  # IPPROTO_TCP

    def __init__(self, family=_AF_INET, accepted=False):
        self.family = family
        # A connection waiting to be accepted has no descriptor yet: accept() gives it one.
        self.fd = None if accepted else _net.fd()
        self.laddr = None
        self.raddr = None
        self.peer = None
        self.listening = False
        self.backlog = []
        self.rbuf = bytearray()
        self.rd_eof = False  # the peer's FIN has arrived
        self.wr_shut = False
        self.reset = False  # an RST has arrived
        self.error = 0  # SO_ERROR
        self.closed = False
        self.selector = None

    def bind(self, host, port):
        if port == 0:
            port = _net.port()
        elif (host, port) in _net.listeners:
            raise OSError(98, 'Address already in use')
        self.laddr = self._addr(host, port)
        _net.listeners[(host, port)] = self

    def listen(self):
        self.listening = True

    def accept(self):
        if not self.backlog:
            raise BlockingIOError(11, 'Resource temporarily unavailable')
        conn = self.backlog.pop(0)
        conn.fd = _net.fd()
        return conn, conn.raddr

    def connect(self, host, port):
        """A non-blocking connect: it always answers EINPROGRESS (BlockingIOError)."""
        self.laddr = self._addr(host, _net.port())
        listener = _net.listeners.get((host, port))
        if listener is None or not listener.listening:
            self.error = 111  # ECONNREFUSED: the socket is now in error (readable and writable)
        else:
            conn = _Socket(self.family, accepted=True)
            conn.laddr = listener.laddr
            conn.raddr = self.laddr
            conn.peer = self
            self.peer = conn
            self.raddr = listener.laddr
            listener.backlog.append(conn)
            listener._wake(_EVENT_READ)
        raise BlockingIOError(115, 'Operation now in progress')

    def check_send(self, data):
        peer = self.peer
        if peer is not None and not peer.closed and len(peer.rbuf) + len(data) > _UNREAD_MAX:
            _not_simulated(
                f'more than {_UNREAD_MAX} bytes sent and not yet read by the peer is not simulated in Loopline'
                ' (how the kernel splits and holds back such data depends on its buffer sizes)'
            )

    def send(self, data):
        if self.wr_shut or self.reset:
            raise BrokenPipeError(32, 'Broken pipe')
        peer = self.peer
        if peer.closed:
            # The peer's kernel answers with a reset.
            self.reset = True
            self._wake(_EVENT_READ)
        else:
            peer.rbuf.extend(data)
            peer._wake(_EVENT_READ)
        return len(data)

    def recv(self, n):
        if self.reset:
            self.reset = False
            self.rd_eof = True
            raise ConnectionResetError(104, 'Connection reset by peer')
        if self.rbuf:
            data = bytes(self.rbuf[:n])
            del self.rbuf[:n]
            return data
        if self.rd_eof or self.error:
            return bytes()
        raise BlockingIOError(11, 'Resource temporarily unavailable')

    def shutdown_write(self):
        if not self.wr_shut:
            self.wr_shut = True
            if self.peer is not None and not self.peer.closed:
                self.peer.rd_eof = True
                self.peer._wake(_EVENT_READ)

    def close(self):
        if self.closed:
            return
        if self.selector is not None:
            self.selector.forget(self)
        self._release()
        # Connections nobody accepted are reset.
        for conn in self.backlog:
            if conn.peer is not None:
                conn.peer.reset = True
                conn.peer._wake(_EVENT_READ)
        peer = self.peer
        if peer is not None and not peer.closed:
            if self.rbuf:
                # Unread data: the kernel resets the connection instead of closing it.
                peer.reset = True
            elif not self.wr_shut:
                peer.rd_eof = True
            peer._wake(_EVENT_READ)
        self.closed = True
        _net.fds.discard(self.fd)

    def _release(self):
        """Give back the address bound here: another socket may bind it."""
        if self.laddr is not None and _net.listeners.get(self.laddr[:2]) is self:
            del _net.listeners[self.laddr[:2]]

    def events(self):
        """What epoll would report for this socket now."""
        if self.listening:
            return _EVENT_READ if self.backlog else 0
        if self.error:
            return _EVENT_READ | _EVENT_WRITE
        ev = _EVENT_WRITE
        if self.rbuf or self.rd_eof or self.reset:
            ev |= _EVENT_READ
        return ev

    def _wake(self, ev):
        if self.selector is not None:
            self.selector.wake(self, ev)


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

    def _registered(self, sock):
        if sock.events() & self.keys[sock.fd][1] and sock.fd not in self.ready:
            self.ready.append(sock.fd)

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
