# The program's own UDP sockets on the loopback network of sockets.py, reported to the loop by the
# same epoll-like selector.
#
# A datagram reaches its receiver during the sendto() call itself, as loopback delivers it; one
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
        self.fd = _net.fd()
        self.laddr = None
        self.raddr = None
        self.queue = []  # (data, sender address), in arrival order
        self.error = 0  # SO_ERROR
        self.closed = False
        self.selector = None

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
        if self.laddr is not None and _net.datagram.get(self.laddr[:2]) is self:
            del _net.datagram[self.laddr[:2]]
        self.closed = True
        _net.fds.discard(self.fd)

    def events(self):
        """What epoll would report for this socket now."""
        if self.queue or self.error:
            return _EVENT_READ | _EVENT_WRITE
        return _EVENT_WRITE

    def _wake(self, ev):
        if self.selector is not None:
            self.selector.wake(self, ev)


def _datagram_socket_at(host, port):
    """The socket a datagram to (host, port) reaches: one bound to that address, else the wildcard's."""
    sock = _net.datagram.get((host, port))
    if sock is None:
        sock = _net.datagram.get((_WILDCARD[_LOOPBACK.get(host, _AF_INET)], port))
    return sock
