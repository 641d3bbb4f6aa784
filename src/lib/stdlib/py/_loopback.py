# The program's loopback network: its TCP, UDP and Unix stream sockets, shared by the socket module
# (stdlib/py/socket.py) and asyncio (sim/py/sockets.py's selector, streams, servers, datagrams).
#
# Loopback is instantaneous: a connect() reaches its listener, and bytes sent reach the peer,
# during the call itself; a selector reports them at its next select(). As on Linux, a
# non-blocking connect() answers EINPROGRESS (the socket becomes writable at once, or in error if
# nobody listens there), and sends never block (the kernel's buffers are taken as unbounded).
# Every change of a socket's state goes through its _wake(): the asyncio selector watching it
# hears of it, and the socket module's blocking calls waiting on it (their locks) wake.

import _stdlib_native

_EVENT_READ = 1
_EVENT_WRITE = 2
# What Linux's poll reports of a socket (poll_mask()): POLLIN, POLLOUT, POLLERR, POLLHUP, POLLRDNORM,
# POLLWRNORM, POLLWRBAND, POLLRDHUP (epoll's EPOLL* bits are the same numbers).
_IN, _OUT, _ERR, _HUP = 0x1, 0x4, 0x8, 0x10
_RDNORM, _WRNORM, _WRBAND, _RDHUP = 0x40, 0x100, 0x200, 0x2000
_AF_INET = 2
_AF_INET6 = 10
_AF_UNIX = 1
_LOOPBACK = {'127.0.0.1': _AF_INET, '::1': _AF_INET6, 'localhost': _AF_INET}
# Ports the kernel picks (a port 0 server, a client's own end): Linux picks them at random in
# 32768-60999; here they are handed out in order from the start of that range.
_EPHEMERAL_FIRST = 32768
# Up to this many bytes waiting in a receive buffer, Linux hands them to one recv() whole; beyond,
# how many recv() calls they take depends on the kernel's buffer tuning.
_UNREAD_MAX = 65536


class _Network:
    def __init__(self):
        self.by_fd = {}  # fd -> the open socket that holds it (what select() and epoll look up)
        self.listeners = {}
        self.datagram = {}  # (host, port) -> the UDP socket bound there
        self.next_port = _EPHEMERAL_FIRST

    def fd(self, sock=None):
        """The lowest free file descriptor, as the kernel hands out (those of the loop, its epoll's
        and self-pipe's, and of the program's files are taken: stdlib's _fs.py hands them out)."""
        import _fs
        fd = _fs.free_fd()
        _fs.socket_fds.add(fd)
        if sock is not None:
            self.by_fd[fd] = sock
        return fd

    def release(self, fd):
        import _fs
        _fs.socket_fds.discard(fd)
        self.by_fd.pop(fd, None)

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
    """What TCP, UDP and Unix sockets share: descriptor and addresses, and the waits on them."""

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

    def _wake(self, ev):
        """Its state changed: the selector watching it, and the blocking calls waiting on it, look again."""
        if self.selector is not None:
            self.selector.wake(self, ev)
        for watcher in self.watchers:
            watcher.wake(self, ev)
        waiters = self.waiters
        if waiters:
            self.waiters = []
            for lock in waiters:
                lock.release()


class _Socket(_SocketBase):
    """One end of a TCP connection, or a listening socket."""

    type = 1  # SOCK_STREAM
    proto = 6  # IPPROTO_TCP

    def __init__(self, family=_AF_INET, accepted=False):
        self.family = family
        # A connection waiting to be accepted has no descriptor yet: accept() gives it one.
        self.fd = None if accepted else _net.fd(self)
        self.laddr = None
        self.raddr = None
        self.peer = None
        self.listening = False
        self.backlog = []
        self.rbuf = bytearray()
        self.rd_eof = False  # the peer's FIN has arrived
        self.wr_shut = False
        self.reset = False  # an RST has arrived
        self.dead = False  # the RST was reported (by a recv)
        self.error = 0  # SO_ERROR
        self.closed = False
        self.selector = None
        self.watchers = []  # the program's epoll objects watching it (select.py)
        self.waiters = []  # locks of the socket module's blocking calls waiting on it (socket.py)

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
        conn.fd = _net.fd(conn)
        return conn, conn.raddr

    def connect(self, host, port):
        """A non-blocking connect: it always answers EINPROGRESS (BlockingIOError)."""
        if self.laddr is None or self.laddr[0] == _WILDCARD[self.family]:
            self.laddr = self._addr(host, _net.port() if self.laddr is None else self.laddr[1])
        listener = _net.listeners.get((host, port))
        if listener is None:
            # A socket bound to the wildcard address takes connections to every local address.
            listener = _net.listeners.get((_WILDCARD[self.family], port))
        if listener is None or not listener.listening:
            self.error = 111  # ECONNREFUSED: the socket is now in error (readable and writable)
        else:
            conn = _Socket(self.family, accepted=True)
            conn.laddr = self._addr(host, port)
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
            _stdlib_native.refuse(
                f'more than {_UNREAD_MAX} bytes sent and not yet read by the peer is not simulated in Loopline'
                ' (how the kernel splits and holds back such data depends on its buffer sizes)'
            )

    def send(self, data):
        if self.wr_shut or self.reset or self.dead:
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
        if self.reset and self.rd_eof and not self.rbuf:
            # A reset after the peer's FIN: Linux's recv() still reports the end of the stream.
            return bytes()
        if self.reset:
            self.reset = False
            self.rd_eof = True
            self.dead = True  # the connection is gone: a send now fails with EPIPE
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
        for watcher in list(self.watchers):
            watcher.forget(self)
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
        _net.release(self.fd)

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

    # Writable, as tcp_poll says it (a Unix stream socket adds POLLWRBAND).
    _WRITABLE = _OUT | _WRNORM

    def poll_mask(self):
        """What Linux's poll() reports for this socket now (as measured on Linux 6 with CPython 3.13)."""
        if self.listening:
            return _IN | _RDNORM if self.backlog else 0
        if self.error or self.reset:
            # A refused connect, or a reset not yet reported: readable, writable, in error, hung up.
            return _IN | _RDNORM | _RDHUP | _ERR | _HUP | self._WRITABLE
        if self.dead:
            return _IN | _RDNORM | _RDHUP | _HUP | self._WRITABLE
        if self.peer is None:
            return self._WRITABLE | _HUP  # not connected
        mask = self._WRITABLE
        if self.rbuf:
            mask |= _IN | _RDNORM
        if self.rd_eof:
            mask |= _IN | _RDNORM | _RDHUP
            if self.wr_shut or self._peer_gone():
                mask |= _HUP
        return mask

    def _peer_gone(self):
        return False


# UDP: a datagram reaches its receiver during the sendto() call itself, as loopback delivers it; one
# sent to a port nobody has bound is dropped, and when the sender is a connected socket the
# kernel's ICMP "port unreachable" answer sets its pending error (SO_ERROR): the socket becomes
# readable, and its next recvfrom() or send raises ConnectionRefusedError, as Linux reports it.
# Unconnected senders hear nothing. Datagrams are never lost or reordered on loopback; receive
# queues are taken as unbounded.

_ECONNREFUSED = 111
# The largest UDP payload IPv4 carries (65535 less the IP and UDP headers); IPv6 allows 65527.
_UDP_MAX = {_AF_INET: 65507, _AF_INET6: 65527}


class _DatagramSocket(_SocketBase):
    """A UDP socket: bound to a (host, port) of _net.datagram, perhaps connected to a peer address."""

    type = 2  # SOCK_DGRAM
    proto = 17  # IPPROTO_UDP

    def __init__(self, family=_AF_INET):
        self.family = family
        self.fd = _net.fd(self)
        self.laddr = None
        self.raddr = None
        self.queue = []  # (data, sender address), in arrival order
        self.error = 0  # SO_ERROR
        self.closed = False
        self.selector = None
        self.watchers = []
        self.waiters = []

    def bind(self, host, port):
        if port == 0:
            port = _net.port()
        elif any(p == port and (h == host or _WILDCARD[self.family] in (h, host)) for (h, p) in _net.datagram):
            raise OSError(98, 'Address already in use')
        self.laddr = self._addr(host, port)
        _net.datagram[(host, port)] = self

    def connect(self, host, port):
        """UDP's connect: no packet is sent; the socket takes a local address and its one peer."""
        if self.laddr is None:
            self.bind(_WILDCARD[self.family], 0)
        if self.laddr[0] == _WILDCARD[self.family]:
            # The route to a loopback peer gives the socket the loopback address as its own.
            _net.datagram.pop(self.laddr[:2], None)
            self.laddr = self._addr(host, self.laddr[1])
            _net.datagram[self.laddr[:2]] = self
        self.raddr = self._addr(host, port)

    def _take_error(self):
        if self.error:
            self.error = 0
            raise ConnectionRefusedError(_ECONNREFUSED, 'Connection refused')

    def send(self, data):
        return self.sendto(data, self.raddr)

    def sendto(self, data, addr):
        if not isinstance(addr, tuple):
            name = 'AF_INET' if self.family == _AF_INET else 'AF_INET6'
            raise TypeError(f'sendto(): {name} address must be tuple, not {type(addr).__name__}')
        self._take_error()
        if len(data) > _UDP_MAX[self.family]:
            raise OSError(90, 'Message too long')
        if self.laddr is None:
            self.bind(_WILDCARD[self.family], 0)
        host, port = addr[0], addr[1]
        source = self._addr(host if self.laddr[0] == _WILDCARD[self.family] else self.laddr[0], self.laddr[1])
        target = _datagram_socket_at(host, port)
        if target is not None and target.raddr is not None and target.raddr[:2] != source[:2]:
            target = None  # a connected socket takes datagrams from its peer only
        if target is None:
            if self.raddr is not None:
                self.error = _ECONNREFUSED
                self._wake(_EVENT_READ)
        else:
            target.queue.append((bytes(data), source))
            target._wake(_EVENT_READ)
        return len(data)

    def recvfrom(self, n):
        self._take_error()
        if not self.queue:
            raise BlockingIOError(11, 'Resource temporarily unavailable')
        data, addr = self.queue.pop(0)
        return data[:n], addr

    def close(self):
        if self.closed:
            return
        if self.selector is not None:
            self.selector.forget(self)
        for watcher in list(self.watchers):
            watcher.forget(self)
        if self.laddr is not None and _net.datagram.get(self.laddr[:2]) is self:
            del _net.datagram[self.laddr[:2]]
        self.closed = True
        _net.release(self.fd)

    def events(self):
        """What epoll would report for this socket now."""
        if self.queue or self.error:
            return _EVENT_READ | _EVENT_WRITE
        return _EVENT_WRITE

    def poll_mask(self):
        """What Linux's poll() reports for this socket now."""
        mask = _OUT | _WRNORM | _WRBAND
        if self.queue:
            mask |= _IN | _RDNORM
        if self.error:
            mask |= _ERR
        return mask


def _datagram_socket_at(host, port):
    """The socket a datagram to (host, port) reaches: one bound to that address, else the wildcard's."""
    sock = _net.datagram.get((host, port))
    if sock is None:
        sock = _net.datagram.get((_WILDCARD[_LOOPBACK.get(host, _AF_INET)], port))
    return sock


# Unix domain stream sockets on the run's in-memory file system (stdlib's _fs.py): bind() makes a
# socket file at the path (a socket, mode 0o140755, size 0), connect() reaches the socket
# listening on the file at a path. As on Linux, a non-blocking connect() to a listening socket
# completes at once (no EINPROGRESS, unlike TCP); a missing path is FileNotFoundError, and a file
# nobody listens on (a regular file, or the socket file of a closed server) ConnectionRefusedError.
# The client's own end and the server's view of its peer have the empty name ''.

class _UnixSocket(_Socket):
    proto = 0
    _WRITABLE = _OUT | _WRNORM | _WRBAND

    def __init__(self, accepted=False):
        super().__init__(_AF_UNIX, accepted)
        self.node = None  # the socket file bind() made

    def getsockname(self):
        return self.laddr if self.laddr is not None else ''

    def bind(self, path):
        import _fs
        self.node = _fs.bind_socket(path, self)
        self.laddr = path

    def connect(self, path):
        import _fs
        node = _fs.socket_file(path)
        listener = None if node is None else node.listener
        if listener is None or not listener.listening:
            raise ConnectionRefusedError(111, 'Connection refused')
        conn = _UnixSocket(accepted=True)
        conn.laddr = listener.laddr
        conn.raddr = ''
        conn.peer = self
        self.peer = conn
        self.raddr = listener.laddr
        listener.backlog.append(conn)
        listener._wake(_EVENT_READ)

    def _release(self):
        if self.node is not None and self.node.listener is self:
            self.node.listener = None

    def _peer_gone(self):
        # A Unix socket whose peer closed is shut both ways: hung up.
        return self.peer is not None and self.peer.closed
