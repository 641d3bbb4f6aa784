# The loop's side of asyncio streams: resolving loopback addresses, Server, and the coroutines and
# callbacks of create_server/create_connection, accept and connect, as CPython's base_events.py and
# selector_events.py run them (their tasks keep CPython's names: BaseEventLoop._create_server_getaddrinfo,
# BaseSelectorEventLoop._accept_connection2).


def _resolve(host, port, what):
    """_ipaddr_info for the addresses simulated: (family, ip, port) of a loopback name."""
    if not isinstance(host, str) or host not in _LOOPBACK:
        _not_simulated(
            f'{what} {host!r} is not simulated in Loopline (only 127.0.0.1, ::1 and localhost:'
            ' the program talking to itself)'
        )
    if port is None or port == '':
        port = 0
    elif isinstance(port, str) and port.isdigit():
        port = int(port)
    if not isinstance(port, int):
        _not_simulated(f'a service name as port ({port!r}) is not simulated in Loopline')
    return _LOOPBACK[host], '127.0.0.1' if host == 'localhost' else host, port


def _getaddrinfo(host, port, what):
    """socket.getaddrinfo, run in the loop's default executor: 'localhost' is 127.0.0.1 only."""
    return [_resolve(host, port, what)]


async def _ensure_resolved(loop, host, port, what):
    """BaseEventLoop._ensure_resolved: an IP address at once, a name through getaddrinfo in a thread."""
    if host == 'localhost':
        _debug_log_refused(loop, 10, "'Get address info ...' (getaddrinfo)")
        return await loop.run_in_executor(None, _getaddrinfo, host, port, what)
    return [_resolve(host, port, what)]


def _given_socket(sock, host, port, missing, type_first):
    """The loopback endpoint of a socket the program gives as sock= (None: host and port are given)."""
    if type_first and sock is not None and sock.type != 1:
        raise ValueError(f'A Stream Socket was expected, got {sock!r}')
    if host is not None or port is not None:
        if sock is not None:
            raise ValueError('host/port and sock can not be specified at the same time')
        return None
    if sock is None:
        raise ValueError(missing)
    if not type_first and sock.type != 1:
        raise ValueError(f'A Stream Socket was expected, got {sock!r}')
    ep = getattr(sock, '_ep', None)
    if ep is None or ep.family == _AF_UNIX:
        _not_simulated(f'sock={sock!r} is not simulated in Loopline (a TCP socket of the socket module is)')
    sock.setblocking(False)
    return ep


class Server:
    """A listening server: its sockets, the connections it accepted, and who waits for it to close."""

    __module__ = 'asyncio.base_events'

    def __init__(self, loop, sockets, protocol_factory, backlog):
        self._loop, self._sockets = loop, sockets
        self._clients = []  # the transports of its live connections
        self._waiters = []  # wait_closed() futures; None once they have been woken
        self._protocol_factory, self._backlog = protocol_factory, backlog
        self._serving = False
        self._serving_forever_fut = None

    def __repr__(self):
        return f'<{type(self).__name__} sockets={self.sockets!r}>'

    def _attach(self, transport):
        self._clients.append(transport)

    def _detach(self, transport):
        clients = self._clients
        if transport in clients:
            clients.remove(transport)
        if not clients and self._sockets is None:
            self._wakeup()

    def _wakeup(self):
        waiters, self._waiters = self._waiters, None
        for fut in waiters:
            if not fut.done():
                fut.set_result(None)

    def _start_serving(self):
        if not self._serving:
            self._serving = True
            loop = self._loop
            for sock in self._sockets:
                sock.listen()
                _add_reader(loop, sock, _BSEL._accept_connection, loop, sock, self)

    def get_loop(self):
        return self._loop

    def is_serving(self):
        return self._serving

    @property
    def sockets(self):
        listening = self._sockets
        return () if listening is None else tuple(_TransportSocket(s) for s in listening)

    def close(self):
        listening = self._sockets
        if listening is None:
            return
        # Stop listening first; the connections already accepted live on.
        self._sockets = None
        for sock in listening:
            _remove_reader(self._loop, sock)
            sock.close()
            if sock.family == _AF_UNIX:
                _unix_stop_serving(sock)
        self._serving = False
        forever = self._serving_forever_fut
        if forever is not None and not forever.done():
            forever.cancel()
            self._serving_forever_fut = None
        if not self._clients:
            self._wakeup()

    if _PY_MINOR >= 13:

        def close_clients(self):
            for transport in list(self._clients):
                transport.close()

        def abort_clients(self):
            for transport in list(self._clients):
                transport.abort()

    async def start_serving(self):
        self._start_serving()
        await sleep(0)

    async def wait_closed(self):
        # Up to 3.11 a closed server's wait_closed() returns at once; later it waits for the
        # connections to end as well.
        waiters = self._waiters
        if waiters is None or (_PY_MINOR <= 11 and self._sockets is None):
            return
        fut = self._loop.create_future()
        waiters.append(fut)
        await fut

    async def _close_and_wait(self):
        self.close()
        await self.wait_closed()

    async def serve_forever(self):
        if self._serving_forever_fut is not None:
            raise RuntimeError(f'server {self!r} is already being awaited on serve_forever()')
        if self._sockets is None:
            raise RuntimeError(f'server {self!r} is closed')
        self._start_serving()
        forever = self._serving_forever_fut = self._loop.create_future()
        try:
            await forever
        except CancelledError:
            # Cancelled (close() does it too): shut down and wait for that, then stay cancelled.
            try:
                await self._close_and_wait()
            finally:
                raise
        finally:
            self._serving_forever_fut = None

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        await self._close_and_wait()


class BaseEventLoop:
    """The loop's coroutines CPython writes in base_events.py (named as there: tasks show them)."""

    async def _create_server_getaddrinfo(loop, host, port):
        return await _ensure_resolved(loop, host, port, 'a server on host')

    async def create_server(loop, protocol_factory, host, port, backlog, start_serving, sock=None):
        given = _given_socket(sock, host, port, 'Neither host/port nor sock were specified', False)
        sockets = [] if given is None else [given]
        infos = [[]] if given is not None else await gather(_BEL._create_server_getaddrinfo(loop, host, port))
        for family, host, port in infos[0]:
            sock = _Socket(family)
            try:
                sock.bind(host, port)
            except OSError as err:
                sock.close()
                # 3.13 quotes the whole error ('[errno 98] ...'), before it its text only.
                text = str(err) if _PY_MINOR >= 13 else err.strerror
                raise OSError(
                    err.errno, 'error while attempting to bind on address %r: %s' % ((host, port), text.lower())
                ) from None
            sockets.append(sock)
        server = Server(loop, sockets, protocol_factory, backlog)
        if start_serving:
            server._start_serving()
            await sleep(0)
        _debug_log_refused(loop, 20, "'<Server sockets=(...)> is serving' (create_server)")
        return server

    async def create_connection(loop, protocol_factory, host, port, sock=None):
        given = _given_socket(sock, host, port, 'host and port was not specified and no sock specified', True)
        if given is not None:
            return await _BEL._create_connection_transport(loop, given, protocol_factory)
        infos = await _ensure_resolved(loop, host, port, 'a connection to host')
        family, host, port = infos[0]
        exceptions = []
        sock = None
        try:
            sock = await _BEL._connect_sock(loop, exceptions, family, host, port)
        except OSError:
            pass
        if sock is None:
            raise exceptions[0]
        return await _BEL._create_connection_transport(loop, sock, protocol_factory)

    async def _connect_sock(loop, exceptions, family, host, port):
        sock = None
        try:
            sock = _Socket(family)
            await _BSEL.sock_connect(loop, sock, host, port)
            return sock
        except OSError as exc:
            exceptions.append(exc)
            if sock is not None:
                sock.close()
            raise

    async def _create_connection_transport(loop, sock, protocol_factory):
        protocol = protocol_factory()
        waiter = loop.create_future()
        transport = _SelectorSocketTransport(loop, sock, protocol, waiter)
        try:
            await waiter
        except BaseException:
            transport.close()
            raise
        if sock.family != _AF_UNIX:
            _debug_log_refused(loop, 10, "'<socket> connected to HOST:PORT: (<transport>, <protocol>)' (create_connection)")
        return transport, protocol


class BaseSelectorEventLoop:
    """The loop's socket steps CPython writes in selector_events.py."""

    async def sock_connect(loop, sock, host, port):
        fut = loop.create_future()
        _BSEL._sock_connect(loop, fut, sock, host, port)
        return await fut

    def _sock_connect(loop, fut, sock, host, port):
        try:
            sock.connect(host, port)
        except BlockingIOError:
            _add_writer(loop, sock, _BSEL._sock_connect_cb, loop, fut, sock, (host, port))

            def done(fut):
                _remove_writer(loop, sock)

            fut.add_done_callback(done)

    def _sock_connect_cb(loop, fut, sock, address):
        if fut.done():
            return
        if sock.error:
            fut.set_exception(OSError(sock.error, f'Connect call failed {address}'))
        else:
            fut.set_result(None)

    def _accept_connection(loop, sock, server):
        for _ in range(server._backlog):
            try:
                conn, addr = sock.accept()
            except BlockingIOError:
                return None
            _debug_log_refused(loop, 10, "'<Server ...> got a new connection from ADDRESS: <socket>' (accept)")
            loop.create_task(_BSEL._accept_connection2(loop, server, conn, {'peername': addr}))

    async def _accept_connection2(loop, server, conn, extra):
        protocol = server._protocol_factory()
        waiter = loop.create_future()
        transport = _SelectorSocketTransport(loop, conn, protocol, waiter, extra, server)
        try:
            await waiter
        except BaseException:
            transport.close()
            raise


# Private names here: asyncio.BaseEventLoop is the loop's class, not these holders of its steps.
_BEL = BaseEventLoop
_BSEL = BaseSelectorEventLoop
del BaseEventLoop, BaseSelectorEventLoop


# Keyword arguments taken at their default values only (anything else is not simulated).
_CONNECTION_DEFAULTS = {
    'ssl': None,
    'family': 0,
    'proto': 0,
    'flags': 0,
    'sock': None,
    'local_addr': None,
    'server_hostname': None,
    'ssl_handshake_timeout': None,
    'ssl_shutdown_timeout': None,
    'happy_eyeballs_delay': None,
    'interleave': None,
    'all_errors': False,
}
_SERVER_DEFAULTS = {
    'family': 0,
    'flags': 1,
    'sock': None,
    'ssl': None,
    'ssl_handshake_timeout': None,
    'ssl_shutdown_timeout': None,
}
# Socket options with no effect on a loopback network inside one program.
_SERVER_OPTIONS = ('reuse_address', 'reuse_port', 'keep_alive')


def _check_keywords(what, kwds, defaults, options=(), method=None):
    # A keyword no parameter takes is refused by the loop's method the call reaches (named as CPython's).
    for name, value in kwds.items():
        if name in options or name == 'sock':
            continue
        if name not in defaults:
            raise TypeError(f"BaseEventLoop.{method or what}() got an unexpected keyword argument '{name}'")
        if value is not defaults[name] and value != defaults[name]:
            _not_simulated(f'{what}({name}={value!r}) is not simulated in Loopline')
