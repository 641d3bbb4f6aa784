# asyncio's UDP endpoints over the program's loopback UDP sockets (stdlib's _loopback.py): the datagram transport
# (CPython's _SelectorDatagramTransport in selector_events.py) and loop.create_datagram_endpoint
# (base_events.py; a loop method, bound in module.ts), step for step. Sends never block on
# loopback, so the transport never buffers: sendto() sends at once.

_DATAGRAM_WILDCARDS = {'0.0.0.0': '127.0.0.1', '::': '::1'}


# From 3.12 the datagram transport is also a DatagramTransport.
_DATAGRAM_BASE = DatagramTransport if _PY_MINOR >= 12 else object


class _SelectorDatagramTransport(_SelectorTransport, _DATAGRAM_BASE):
    __module__ = 'asyncio.selector_events'

    def __init__(self, loop, sock, protocol, address=None, waiter=None, extra=None):
        super().__init__(loop, sock, protocol, extra)
        self._address = address
        self._buffer_size = 0
        loop.call_soon(protocol.connection_made, self)
        loop.call_soon(self._add_reader, self._read_ready)
        if waiter is not None:
            loop.call_soon(_set_result_unless_cancelled, waiter, None)

    def _read_ready(self):
        # One datagram per call; an OSError is the protocol's to hear (error_received), any other
        # error (but an exit or an interrupt) ends the transport.
        if self._conn_lost:
            return
        try:
            packet = self._sock.recvfrom(_MAX_SIZE)
        except BlockingIOError:
            return
        except OSError as exc:
            self._protocol.error_received(exc)
            return
        except BaseException as exc:
            if isinstance(exc, (SystemExit, KeyboardInterrupt)):
                raise
            self._fatal_error(exc, 'Fatal read error on datagram transport')
            return
        self._protocol.datagram_received(*packet)

    def sendto(self, data, addr=None):
        if not isinstance(data, (bytes, bytearray, memoryview)):
            raise TypeError(f'data argument must be a bytes-like object, not {type(data).__name__!r}')
        if not data and _PY_MINOR <= 12:
            return
        if self._address:
            if addr not in (None, self._address):
                raise ValueError(f'Invalid address: must be None or {self._address}')
            addr = self._address
        if self._conn_lost and self._address:
            self._conn_lost += 1
            return
        if isinstance(addr, tuple) and len(addr) >= 2:
            # Before the send: the transport would take a refusal for a failed send.
            _resolve(addr[0], addr[1], 'a datagram to host')
        connected = self._extra['peername']
        try:
            if connected:
                self._sock.send(data)
            else:
                self._sock.sendto(data, addr)
        except OSError as exc:
            self._protocol.error_received(exc)
        except BaseException as exc:
            if isinstance(exc, (SystemExit, KeyboardInterrupt)):
                raise
            self._fatal_error(exc, 'Fatal write error on datagram transport')


async def _datagram_address(loop, addr, local):
    """(family, host, port) of a local or remote address given to create_datagram_endpoint."""
    if not (isinstance(addr, tuple) and len(addr) == 2):
        raise TypeError('2-tuple is expected')
    host, port = addr
    if local and host in _DATAGRAM_WILDCARDS:
        # A wildcard bind: every local address, of which the program reaches the loopback one.
        family, _, port = _resolve(_DATAGRAM_WILDCARDS[host], port, 'a datagram endpoint on host')
        return family, host, port
    what = 'a datagram endpoint on host' if local else 'a datagram endpoint to host'
    infos = await _ensure_resolved(loop, host, port, what)
    return infos[0]


async def _datagram_socket(loop, local_addr, remote_addr, family, proto, flags, reuse_port, allow_broadcast):
    """The UDP socket create_datagram_endpoint makes, and its remote address."""
    if family == 1:  # AF_UNIX
        _not_simulated('create_datagram_endpoint(family=socket.AF_UNIX) (Unix datagram sockets) is not simulated in Loopline')
    if not (local_addr or remote_addr):
        if family == 0:
            raise ValueError('unexpected address family')
        _not_simulated('create_datagram_endpoint without local_addr or remote_addr is not simulated in Loopline')
    for name, value in (('family', family), ('proto', proto), ('flags', flags)):
        if value:
            _not_simulated(f'create_datagram_endpoint({name}={value!r}) is not simulated in Loopline')
    for name, value in (('reuse_port', reuse_port), ('allow_broadcast', allow_broadcast)):
        if value:
            _not_simulated(
                f'create_datagram_endpoint({name}={value!r}) is not simulated in Loopline'
                ' (the simulated network is loopback only, one socket to an address)'
            )
    local = remote = None
    if local_addr is not None:
        local = await _datagram_address(loop, local_addr, True)
    if remote_addr is not None:
        remote = await _datagram_address(loop, remote_addr, False)
    if local is not None and remote is not None and local[0] != remote[0]:
        raise ValueError('can not get address information')
    sock = _DatagramSocket((local or remote)[0])
    r_addr = None
    try:
        if local_addr:
            sock.bind(local[1], local[2])
        if remote_addr:
            sock.connect(remote[1], remote[2])
            r_addr = sock.raddr
    except OSError:
        sock.close()
        raise
    return sock, r_addr


def _given_datagram_socket(sock, **modifiers):
    """The loopback endpoint of a UDP socket the program gives as sock= (CPython's checks first)."""
    if sock.type == 1:
        kind = 'datagram socket' if _PY_MINOR >= 13 else 'UDP Socket'
        raise ValueError(f'A {kind} was expected, got {sock!r}')
    if any(modifiers.values()):
        problems = ', '.join(f'{k}={v}' for k, v in modifiers.items() if v)
        raise ValueError(f'socket modifier keyword arguments can not be used when sock is specified. ({problems})')
    ep = getattr(sock, '_ep', None)
    if ep is None:
        _not_simulated(f'sock={sock!r} is not simulated in Loopline (a UDP socket of the socket module is)')
    sock.setblocking(False)
    return ep


async def _loop_create_datagram_endpoint(
    self,
    protocol_factory,
    local_addr=None,
    remote_addr=None,
    *,
    family=0,
    proto=0,
    flags=0,
    reuse_port=None,
    allow_broadcast=None,
    sock=None,
):
    loop = self
    if sock is not None:
        sock = _given_datagram_socket(
            sock,
            local_addr=local_addr,
            remote_addr=remote_addr,
            family=family,
            proto=proto,
            flags=flags,
            reuse_port=reuse_port,
            allow_broadcast=allow_broadcast,
        )
        r_addr = None
    else:
        sock, r_addr = await _datagram_socket(
            loop, local_addr, remote_addr, family, proto, flags, reuse_port, allow_broadcast
        )
    protocol = protocol_factory()
    waiter = loop.create_future()
    transport = _SelectorDatagramTransport(loop, sock, protocol, r_addr, waiter)
    _debug_log_refused(loop, 20 if local_addr else 10, "'Datagram endpoint ... created: (<transport>, <protocol>)'")
    try:
        await waiter
    except BaseException:
        transport.close()
        raise
    return transport, protocol


_named_as_loop_method(_loop_create_datagram_endpoint, 'BaseEventLoop', 'create_datagram_endpoint')
