# asyncio's Unix servers and connections on the Unix stream sockets of stdlib's _loopback.py (socket
# files on the run's in-memory file system), run as CPython's unix_events.py and streams.py run
# them: loop.create_unix_server/create_unix_connection (loop methods, bound in module.ts),
# asyncio.start_unix_server/open_unix_connection.


def _unix_stop_serving(sock):
    """3.13's Server.close removes the socket file it made (cleanup_socket), if it is still there."""
    import _fs
    node = getattr(sock, 'cleanup', None)
    if node is not None and _fs.lookup_quiet(sock.laddr) is node:
        _fs.remove(sock.laddr)


def _unix_path(path):
    import _fs
    path = _fs.name(path)
    if path[0] == '\x00':
        _not_simulated('abstract Unix socket names (a path starting with a NUL) are not simulated in Loopline')
    return path


def _check_ssl(what, ssl, server_hostname=None, ssl_handshake_timeout=None, ssl_shutdown_timeout=None):
    if ssl:
        _not_simulated(f'{what}(ssl=...) is not simulated in Loopline')
    # Without ssl, the first of these given is refused.
    for name, given in (
        ('server_hostname', server_hostname),
        ('ssl_handshake_timeout', ssl_handshake_timeout),
        ('ssl_shutdown_timeout', ssl_shutdown_timeout),
    ):
        if given is not None:
            raise ValueError(f'{name} is only meaningful with ssl')


async def _loop_create_unix_connection(
    self,
    protocol_factory,
    path=None,
    *,
    ssl=None,
    sock=None,
    server_hostname=None,
    ssl_handshake_timeout=None,
    ssl_shutdown_timeout=None,
):
    _check_ssl('create_unix_connection', ssl, server_hostname, ssl_handshake_timeout, ssl_shutdown_timeout)
    if path is None:
        if sock is None:
            raise ValueError('no path and sock were specified')
        _not_simulated('create_unix_connection(sock=...) is not simulated in Loopline')
    if sock is not None:
        raise ValueError('path and sock can not be specified at the same time')
    path = _unix_path(path)
    sock = _UnixSocket()
    try:
        # loop.sock_connect: a Unix socket's connect() completes (or fails) at once.
        sock.connect(path)
    except BaseException:
        sock.close()
        raise
    return await _BEL._create_connection_transport(self, sock, protocol_factory)


async def _loop_create_unix_server(
    self, protocol_factory, path=None, *, sock=None, backlog=100, ssl=None, ssl_handshake_timeout=None,
    ssl_shutdown_timeout=None, start_serving=True, cleanup_socket=True,
):
    # Its parameters by name, so that a keyword it lacks is refused by the call (cleanup_socket: 3.13).
    return await _unix_server(
        self, protocol_factory, path, sock, backlog, ssl, ssl_handshake_timeout, ssl_shutdown_timeout,
        start_serving, cleanup_socket,
    )


async def _unix_server_before_313(
    self, protocol_factory, path=None, *, sock=None, backlog=100, ssl=None, ssl_handshake_timeout=None,
    ssl_shutdown_timeout=None, start_serving=True,
):
    return await _unix_server(
        self, protocol_factory, path, sock, backlog, ssl, ssl_handshake_timeout, ssl_shutdown_timeout,
        start_serving, False,
    )


_loop_create_unix_server = _loop_create_unix_server if _PY_MINOR >= 13 else _unix_server_before_313
del _unix_server_before_313


async def _unix_server(
    self, protocol_factory, path, sock, backlog, ssl, ssl_handshake_timeout, ssl_shutdown_timeout, start_serving,
    cleanup_socket,
):
    if isinstance(ssl, bool):
        raise TypeError('ssl argument must be an SSLContext or None')
    _check_ssl('create_unix_server', ssl, None, ssl_handshake_timeout, ssl_shutdown_timeout)
    if path is None:
        if sock is None:
            raise ValueError('path was not specified, and no sock specified')
        _not_simulated('create_unix_server(sock=...) is not simulated in Loopline')
    if sock is not None:
        raise ValueError('path and sock can not be specified at the same time')
    import _fs
    path = _unix_path(path)
    sock = _UnixSocket()
    # A socket file left by an earlier server is removed first (any other file is in the way).
    if isinstance(_fs.lookup_quiet(path), _fs._SocketFile):
        _fs.remove(path)
    try:
        sock.bind(path)
    except OSError as exc:
        sock.close()
        if exc.errno == 98:
            raise OSError(98, f'Address {path!r} is already in use') from None
        raise
    if cleanup_socket:
        sock.cleanup = sock.node
    server = Server(self, [sock], protocol_factory, backlog)
    if start_serving:
        server._start_serving()
        await sleep(0)
    return server


_named_as_loop_method(_loop_create_unix_connection, '_UnixSelectorEventLoop', 'create_unix_connection')
_named_as_loop_method(_loop_create_unix_server, '_UnixSelectorEventLoop', 'create_unix_server')


async def open_unix_connection(path=None, *, limit=_DEFAULT_LIMIT, **kwds):
    loop = get_running_loop()
    reader = StreamReader(limit=limit, loop=loop)
    protocol = StreamReaderProtocol(reader, loop=loop)
    transport, _ = await loop.create_unix_connection(lambda: protocol, path, **kwds)
    return reader, StreamWriter(transport, protocol, reader, loop)


async def start_unix_server(client_connected_cb, path=None, *, limit=_DEFAULT_LIMIT, **kwds):
    loop = get_running_loop()

    def factory():
        # One reader and protocol per accepted connection.
        return StreamReaderProtocol(StreamReader(limit=limit, loop=loop), client_connected_cb, loop=loop)

    return await loop.create_unix_server(factory, path, **kwds)
