# asyncio streams over the program's loopback sockets (sockets.py): start_server, open_connection,
# Server, StreamReader, StreamWriter, with the transports and protocols under them, following
# CPython's Lib/asyncio/streams.py, selector_events.py and base_events.py step for step, so
# callbacks and task wakeups happen in CPython's order. Only TCP on 127.0.0.1/::1 is simulated.

_DEFAULT_LIMIT = 2**16
# Made when the module runs, not bytes literals: a literal's object is made once when the source is
# first compiled, and runs after the first one would not count it among their objects (ids shift).
_EMPTY = bytes()
_NEWLINE = bytes((10,))
_MAX_SIZE = 256 * 1024  # what a transport asks recv() for


class IncompleteReadError(EOFError):
    __module__ = 'asyncio.exceptions'

    def __init__(self, partial, expected):
        r_expected = 'undefined' if expected is None else repr(expected)
        super().__init__(f'{len(partial)} bytes read on a total of {r_expected} expected bytes')
        self.partial = partial
        self.expected = expected


class LimitOverrunError(Exception):
    __module__ = 'asyncio.exceptions'

    def __init__(self, message, consumed):
        super().__init__(message)
        self.consumed = consumed


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
        return await loop.run_in_executor(None, _getaddrinfo, host, port, what)
    return [_resolve(host, port, what)]


def _set_result_unless_cancelled(fut, result):
    if not fut.cancelled():
        fut.set_result(result)


class TransportSocket:
    __module__ = 'asyncio.trsock'

    def __init__(self, sock):
        self._sock = sock

    def fileno(self):
        return self._sock.fileno()

    def getsockname(self):
        return self._sock.getsockname()

    def getpeername(self):
        return self._sock.getpeername()

    def __repr__(self):
        s = f'<asyncio.TransportSocket fd={self.fileno()}, family={self._sock.family}, type=1, proto=6'
        if self.fileno() != -1:
            s += f', laddr={self.getsockname()}'
            if self._sock.raddr is not None:
                s += f', raddr={self._sock.raddr}'
        return s + '>'


class _SelectorSocketTransport:
    __module__ = 'asyncio.selector_events'

    def __init__(self, loop, sock, protocol, waiter=None, extra=None, server=None):
        self._loop = loop
        self._extra = dict(extra) if extra else {}
        self._extra['socket'] = TransportSocket(sock)
        self._extra['sockname'] = sock.getsockname()
        if 'peername' not in self._extra:
            try:
                self._extra['peername'] = sock.getpeername()
            except OSError:
                self._extra['peername'] = None
        self._sock = sock
        self._sock_fd = sock.fd
        self._protocol = protocol
        self._protocol_connected = True
        self._server = server
        self._buffer = []
        self._conn_lost = 0
        self._closing = False
        self._paused = False
        self._eof = False
        if server is not None:
            server._attach(self)
        loop.call_soon(protocol.connection_made, self)
        loop.call_soon(self._add_reader, self._read_ready)
        if waiter is not None:
            loop.call_soon(_set_result_unless_cancelled, waiter, None)

    def __repr__(self):
        info = [self.__class__.__name__]
        if self._sock is None:
            info.append('closed')
        elif self._closing:
            info.append('closing')
        info.append(f'fd={self._sock_fd}')
        if self._loop is not None and not self._loop.is_closed():
            sel = _selector(self._loop)
            info.append('read=polling' if sel.polling(self._sock, _EVENT_READ) else 'read=idle')
            state = 'polling' if sel.polling(self._sock, _EVENT_WRITE) else 'idle'
            info.append(f'write=<{state}, bufsize=0>')
        return '<{}>'.format(' '.join(info))

    def get_extra_info(self, name, default=None):
        return self._extra.get(name, default)

    def get_protocol(self):
        return self._protocol

    def is_closing(self):
        return self._closing

    def is_reading(self):
        return not self._closing and not self._paused

    def pause_reading(self):
        if not self.is_reading():
            return
        self._paused = True
        _remove_reader(self._loop, self._sock)

    def resume_reading(self):
        if self._closing or not self._paused:
            return
        self._paused = False
        self._add_reader(self._read_ready)

    def _add_reader(self, callback):
        if self.is_reading():
            _add_reader(self._loop, self._sock, callback)

    def _read_ready(self):
        if self._conn_lost:
            return
        try:
            data = self._sock.recv(_MAX_SIZE)
        except BlockingIOError:
            return
        except BaseException as exc:
            self._fatal_error(exc, 'Fatal read error on socket transport')
            return
        if not data:
            self._read_ready__on_eof()
            return
        try:
            self._protocol.data_received(data)
        except BaseException as exc:
            self._fatal_error(exc, 'Fatal error: protocol.data_received() call failed.')

    def _read_ready__on_eof(self):
        try:
            keep_open = self._protocol.eof_received()
        except BaseException as exc:
            self._fatal_error(exc, 'Fatal error: protocol.eof_received() call failed.')
            return
        if keep_open:
            _remove_reader(self._loop, self._sock)
        else:
            self.close()

    def write(self, data):
        if not isinstance(data, (bytes, bytearray)):
            kind = 'a bytes, bytearray, or memoryview object' if _PY_MINOR >= 14 else 'a bytes-like object'
            raise TypeError(f'data argument must be {kind}, not {type(data).__name__!r}')
        if self._eof:
            raise RuntimeError('Cannot call write() after write_eof()')
        if not data:
            return
        if self._conn_lost:
            self._conn_lost += 1
            return
        self._sock.check_send(data)
        try:
            self._sock.send(data)
        except BaseException as exc:
            self._fatal_error(exc, 'Fatal write error on socket transport')

    def writelines(self, list_of_data):
        if self._eof:
            raise RuntimeError('Cannot call writelines() after write_eof()')
        for data in list_of_data:
            self.write(data)

    def write_eof(self):
        if self._closing or self._eof:
            return
        self._eof = True
        self._sock.shutdown_write()

    def can_write_eof(self):
        return True

    def get_write_buffer_size(self):
        return 0

    def close(self):
        if self._closing:
            return
        self._closing = True
        _remove_reader(self._loop, self._sock)
        self._conn_lost += 1
        _remove_writer(self._loop, self._sock)
        self._loop.call_soon(self._call_connection_lost, None)

    def abort(self):
        self._force_close(None)

    def _fatal_error(self, exc, message):
        if not isinstance(exc, OSError):
            self._loop.call_exception_handler(
                {'message': message, 'exception': exc, 'transport': self, 'protocol': self._protocol}
            )
        self._force_close(exc)

    def _force_close(self, exc):
        if self._conn_lost:
            return
        if not self._closing:
            self._closing = True
            _remove_reader(self._loop, self._sock)
        self._conn_lost += 1
        self._loop.call_soon(self._call_connection_lost, exc)

    def _call_connection_lost(self, exc):
        try:
            if self._protocol_connected:
                self._protocol.connection_lost(exc)
        finally:
            self._sock.close()
            self._sock = None
            self._protocol = None
            self._loop = None
            server = self._server
            if server is not None:
                server._detach(self)
                self._server = None


class FlowControlMixin:
    __module__ = 'asyncio.streams'

    def __init__(self, loop=None):
        self._loop = loop if loop is not None else get_event_loop()
        self._paused = False
        self._drain_waiters = _deque()
        self._connection_lost = False

    def connection_lost(self, exc):
        self._connection_lost = True
        if not self._paused:
            return
        for waiter in self._drain_waiters:
            if not waiter.done():
                if exc is None:
                    waiter.set_result(None)
                else:
                    waiter.set_exception(exc)

    async def _drain_helper(self):
        if self._connection_lost:
            raise ConnectionResetError('Connection lost')
        if not self._paused:
            return
        waiter = self._loop.create_future()
        self._drain_waiters.append(waiter)
        try:
            await waiter
        finally:
            self._drain_waiters.remove(waiter)


class StreamReaderProtocol(FlowControlMixin):
    __module__ = 'asyncio.streams'

    def __init__(self, stream_reader, client_connected_cb=None, loop=None):
        super().__init__(loop=loop)
        self._stream_reader = stream_reader
        self._task = None
        self._transport = None
        self._client_connected_cb = client_connected_cb
        self._closed = self._loop.create_future()

    def connection_made(self, transport):
        self._transport = transport
        reader = self._stream_reader
        if reader is not None:
            reader.set_transport(transport)
        if self._client_connected_cb is not None:
            writer = StreamWriter(transport, self, reader, self._loop)
            if _PY_MINOR <= 12:
                # Up to 3.12 the protocol keeps the handler's writer (it is closed with the connection).
                self._stream_writer = writer
            res = self._client_connected_cb(reader, writer)
            if iscoroutine(res):

                def callback(task):
                    if _PY_MINOR >= 13 and task.cancelled():
                        transport.close()
                        return
                    exc = task.exception()
                    if exc is not None:
                        self._loop.call_exception_handler(
                            {
                                'message': 'Unhandled exception in client_connected_cb',
                                'exception': exc,
                                'transport': transport,
                            }
                        )
                        transport.close()

                self._task = self._loop.create_task(res)
                self._task.add_done_callback(callback)

    def connection_lost(self, exc):
        reader = self._stream_reader
        if reader is not None:
            if exc is None:
                reader.feed_eof()
            else:
                reader.set_exception(exc)
        if not self._closed.done():
            if exc is None:
                self._closed.set_result(None)
            else:
                self._closed.set_exception(exc)
                # CPython's __del__ of the protocol retrieves it, always before the future goes:
                # an error nobody awaited in wait_closed() is never reported.
                self._closed.exception()
        super().connection_lost(exc)
        self._stream_reader = None
        self._stream_writer = None
        self._task = None
        self._transport = None

    def data_received(self, data):
        reader = self._stream_reader
        if reader is not None:
            reader.feed_data(data)

    def eof_received(self):
        reader = self._stream_reader
        if reader is not None:
            reader.feed_eof()
        return True

    def _get_close_waiter(self, stream):
        return self._closed


class StreamWriter:
    __module__ = 'asyncio.streams'

    def __init__(self, transport, protocol, reader, loop):
        self._transport = transport
        self._protocol = protocol
        self._reader = reader
        self._loop = loop

    def __repr__(self):
        info = ['StreamWriter', f'transport={self._transport!r}']
        if self._reader is not None:
            info.append(f'reader={self._reader!r}')
        return '<{}>'.format(' '.join(info))

    @property
    def transport(self):
        return self._transport

    def write(self, data):
        self._transport.write(data)

    def writelines(self, data):
        self._transport.writelines(data)

    def write_eof(self):
        return self._transport.write_eof()

    def can_write_eof(self):
        return self._transport.can_write_eof()

    def close(self):
        return self._transport.close()

    def is_closing(self):
        return self._transport.is_closing()

    async def wait_closed(self):
        await self._protocol._get_close_waiter(self)

    def get_extra_info(self, name, default=None):
        return self._transport.get_extra_info(name, default)

    async def drain(self):
        if self._reader is not None:
            exc = self._reader.exception()
            if exc is not None:
                raise exc
        if self._transport.is_closing():
            # connection_lost() may run first (CPython yields once here).
            await sleep(0)
        await self._protocol._drain_helper()

    def __del__(self):
        # A writer dropped unclosed closes its transport (with a ResourceWarning, ignored by default).
        if not self._transport.is_closing() and not self._loop.is_closed():
            self.close()


class StreamReader:
    __module__ = 'asyncio.streams'

    def __init__(self, limit=_DEFAULT_LIMIT, loop=None):
        if limit <= 0:
            raise ValueError('Limit cannot be <= 0')
        self._limit = limit
        self._loop = loop if loop is not None else get_event_loop()
        self._buffer = bytearray()
        self._eof = False
        self._waiter = None
        self._exception = None
        self._transport = None
        self._paused = False

    def __repr__(self):
        info = ['StreamReader']
        if self._buffer:
            info.append(f'{len(self._buffer)} bytes')
        if self._eof:
            info.append('eof')
        if self._limit != _DEFAULT_LIMIT:
            info.append(f'limit={self._limit}')
        if self._waiter:
            info.append(f'waiter={self._waiter!r}')
        if self._exception:
            info.append(f'exception={self._exception!r}')
        if self._transport:
            info.append(f'transport={self._transport!r}')
        if self._paused:
            info.append('paused')
        return '<{}>'.format(' '.join(info))

    def exception(self):
        return self._exception

    def set_exception(self, exc):
        self._exception = exc
        waiter = self._waiter
        if waiter is not None:
            self._waiter = None
            if not waiter.cancelled():
                waiter.set_exception(exc)

    def _wakeup_waiter(self):
        waiter = self._waiter
        if waiter is not None:
            self._waiter = None
            if not waiter.cancelled():
                waiter.set_result(None)

    def set_transport(self, transport):
        self._transport = transport

    def _maybe_resume_transport(self):
        if self._paused and len(self._buffer) <= self._limit:
            self._paused = False
            self._transport.resume_reading()

    def feed_eof(self):
        self._eof = True
        self._wakeup_waiter()

    def at_eof(self):
        return self._eof and not self._buffer

    def feed_data(self, data):
        if not data:
            return
        self._buffer.extend(data)
        self._wakeup_waiter()
        if self._transport is not None and not self._paused and len(self._buffer) > 2 * self._limit:
            self._transport.pause_reading()
            self._paused = True

    async def _wait_for_data(self, func_name):
        if self._waiter is not None:
            raise RuntimeError(
                f'{func_name}() called while another coroutine is already waiting for incoming data'
            )
        if self._paused:
            self._paused = False
            self._transport.resume_reading()
        self._waiter = self._loop.create_future()
        try:
            await self._waiter
        finally:
            self._waiter = None

    async def readline(self):
        try:
            line = await self.readuntil(_NEWLINE)
        except IncompleteReadError as e:
            return e.partial
        except LimitOverrunError as e:
            if self._buffer.startswith(_NEWLINE, e.consumed):
                del self._buffer[: e.consumed + 1]
            else:
                self._buffer.clear()
            self._maybe_resume_transport()
            raise ValueError(e.args[0])
        return line

    async def readuntil(self, separator=_NEWLINE):
        if isinstance(separator, tuple) and _PY_MINOR >= 13:
            separators = sorted(separator, key=len)
        else:
            separators = [separator]
        if not separators:
            raise ValueError('Separator should contain at least one element')
        shortest = len(separators[0])
        longest = len(separators[-1])
        if shortest == 0:
            raise ValueError('Separator should be at least one-byte string')
        if self._exception is not None:
            raise self._exception
        offset = 0
        while True:
            buflen = len(self._buffer)
            if buflen - offset >= shortest:
                start = end = None
                for sep in separators:
                    i = self._buffer.find(sep, offset)
                    if i != -1 and (end is None or i + len(sep) < end):
                        start, end = i, i + len(sep)
                if end is not None:
                    break
                offset = max(0, buflen + 1 - longest)
                if offset > self._limit:
                    raise LimitOverrunError('Separator is not found, and chunk exceed the limit', offset)
            if self._eof:
                chunk = bytes(self._buffer)
                self._buffer.clear()
                raise IncompleteReadError(chunk, None)
            await self._wait_for_data('readuntil')
        if start > self._limit:
            raise LimitOverrunError('Separator is found, but chunk is longer than limit', start)
        chunk = bytes(self._buffer[:end])
        del self._buffer[:end]
        self._maybe_resume_transport()
        return chunk

    async def read(self, n=-1):
        if self._exception is not None:
            raise self._exception
        if n == 0:
            return _EMPTY
        if n < 0:
            blocks = []
            while True:
                block = await self.read(self._limit)
                if not block:
                    break
                blocks.append(block)
            return _EMPTY.join(blocks)
        if not self._buffer and not self._eof:
            await self._wait_for_data('read')
        data = bytes(self._buffer[:n])
        del self._buffer[:n]
        self._maybe_resume_transport()
        return data

    async def readexactly(self, n):
        if n < 0:
            raise ValueError('readexactly size can not be less than zero')
        if self._exception is not None:
            raise self._exception
        if n == 0:
            return _EMPTY
        while len(self._buffer) < n:
            if self._eof:
                incomplete = bytes(self._buffer)
                self._buffer.clear()
                raise IncompleteReadError(incomplete, n)
            await self._wait_for_data('readexactly')
        data = bytes(self._buffer[:n])
        del self._buffer[:n]
        self._maybe_resume_transport()
        return data

    def __aiter__(self):
        return self

    async def __anext__(self):
        val = await self.readline()
        if val == _EMPTY:
            raise StopAsyncIteration
        return val


class Server:
    __module__ = 'asyncio.base_events'

    def __init__(self, loop, sockets, protocol_factory, backlog):
        self._loop = loop
        self._sockets = sockets
        self._clients = []
        self._waiters = []
        self._protocol_factory = protocol_factory
        self._backlog = backlog
        self._serving = False
        self._serving_forever_fut = None

    def __repr__(self):
        return f'<{self.__class__.__name__} sockets={self.sockets!r}>'

    def _attach(self, transport):
        self._clients.append(transport)

    def _detach(self, transport):
        if transport in self._clients:
            self._clients.remove(transport)
        if len(self._clients) == 0 and self._sockets is None:
            self._wakeup()

    def _wakeup(self):
        waiters = self._waiters
        self._waiters = None
        for waiter in waiters:
            if not waiter.done():
                waiter.set_result(None)

    def _start_serving(self):
        if self._serving:
            return
        self._serving = True
        for sock in self._sockets:
            sock.listen()
            _add_reader(self._loop, sock, _BSEL._accept_connection, self._loop, sock, self)

    def get_loop(self):
        return self._loop

    def is_serving(self):
        return self._serving

    @property
    def sockets(self):
        if self._sockets is None:
            return ()
        return tuple(TransportSocket(s) for s in self._sockets)

    def close(self):
        sockets = self._sockets
        if sockets is None:
            return
        self._sockets = None
        for sock in sockets:
            _remove_reader(self._loop, sock)
            sock.close()
        self._serving = False
        if self._serving_forever_fut is not None and not self._serving_forever_fut.done():
            self._serving_forever_fut.cancel()
            self._serving_forever_fut = None
        if len(self._clients) == 0:
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

    async def serve_forever(self):
        if self._serving_forever_fut is not None:
            raise RuntimeError(f'server {self!r} is already being awaited on serve_forever()')
        if self._sockets is None:
            raise RuntimeError(f'server {self!r} is closed')
        self._start_serving()
        self._serving_forever_fut = self._loop.create_future()
        try:
            await self._serving_forever_fut
        except CancelledError:
            try:
                self.close()
                await self.wait_closed()
            finally:
                raise
        finally:
            self._serving_forever_fut = None

    async def wait_closed(self):
        if _PY_MINOR <= 11 and self._sockets is None:
            return
        if self._waiters is None:
            return
        waiter = self._loop.create_future()
        self._waiters.append(waiter)
        await waiter

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        self.close()
        await self.wait_closed()


class BaseEventLoop:
    """The loop's coroutines CPython writes in base_events.py (named as there: tasks show them)."""

    async def _create_server_getaddrinfo(loop, host, port):
        return await _ensure_resolved(loop, host, port, 'a server on host')

    async def create_server(loop, protocol_factory, host, port, backlog, start_serving):
        infos = await gather(_BEL._create_server_getaddrinfo(loop, host, port))
        sockets = []
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
        return server

    async def create_connection(loop, protocol_factory, host, port):
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


def _check_keywords(what, kwds, defaults, options=()):
    for name, value in kwds.items():
        if name in options:
            continue
        if name not in defaults:
            raise TypeError(f"{what}() got an unexpected keyword argument '{name}'")
        if value is not defaults[name] and value != defaults[name]:
            _not_simulated(f'{what}({name}={value!r}) is not simulated in Loopline')


async def open_connection(host=None, port=None, *, limit=_DEFAULT_LIMIT, **kwds):
    _check_keywords('open_connection', kwds, _CONNECTION_DEFAULTS)
    loop = get_running_loop()
    reader = StreamReader(limit=limit, loop=loop)
    protocol = StreamReaderProtocol(reader, loop=loop)
    transport, _ = await _BEL.create_connection(loop, lambda: protocol, host, port)
    writer = StreamWriter(transport, protocol, reader, loop)
    return reader, writer


async def start_server(
    client_connected_cb, host=None, port=None, *, limit=_DEFAULT_LIMIT, backlog=100, start_serving=True, **kwds
):
    _check_keywords('start_server', kwds, _SERVER_DEFAULTS, _SERVER_OPTIONS)
    loop = get_running_loop()

    def factory():
        reader = StreamReader(limit=limit, loop=loop)
        return StreamReaderProtocol(reader, client_connected_cb, loop=loop)

    return await _BEL.create_server(loop, factory, host, port, backlog, start_serving)
