# asyncio's stream layer (asyncio.streams): StreamReader buffers what the protocol is fed, StreamWriter
# forwards to the transport, StreamReaderProtocol joins the two, and open_connection/start_server build
# them over the loop's connections and servers (servers.py, transports.py, sockets.py). Each await and
# each callback comes where CPython's comes, so task steps and wakeups keep CPython's order.

_DEFAULT_LIMIT = 2**16
# Made when the module runs, not bytes literals: a literal's object is made once when the source is
# first compiled, and runs after the first one would not count it among their objects (ids shift).
_EMPTY = bytes()
_NEWLINE = bytes((10,))


def _settle(fut, exc):
    """Finish FUT: with EXC when there is one, else with the result None."""
    if exc is None:
        fut.set_result(None)
    else:
        fut.set_exception(exc)


class IncompleteReadError(EOFError):
    __module__ = 'asyncio.exceptions'

    def __init__(self, partial, expected):
        total = 'undefined' if expected is None else repr(expected)
        EOFError.__init__(self, f'{len(partial)} bytes read on a total of {total} expected bytes')
        self.partial, self.expected = partial, expected


class LimitOverrunError(Exception):
    __module__ = 'asyncio.exceptions'

    def __init__(self, message, consumed):
        Exception.__init__(self, message)
        self.consumed = consumed


class FlowControlMixin(Protocol):
    """Parks drain() callers while writing is paused; connection_lost lets them go."""

    __module__ = 'asyncio.streams'

    def __init__(self, loop=None):
        self._loop = get_event_loop() if loop is None else loop
        self._paused = False
        self._drain_waiters = _deque()
        self._connection_lost = False

    def connection_lost(self, exc):
        self._connection_lost = True
        if self._paused:
            for fut in self._drain_waiters:
                if not fut.done():
                    _settle(fut, exc)

    async def _drain_helper(self):
        if self._connection_lost:
            raise ConnectionResetError('Connection lost')
        if self._paused:
            parked = self._drain_waiters
            fut = self._loop.create_future()
            parked.append(fut)
            try:
                await fut
            finally:
                parked.remove(fut)


class StreamReaderProtocol(FlowControlMixin, Protocol):
    __module__ = 'asyncio.streams'

    def __init__(self, stream_reader, client_connected_cb=None, loop=None):
        super().__init__(loop)
        self._stream_reader = stream_reader
        self._task = self._transport = None
        self._client_connected_cb = client_connected_cb
        self._closed = self._loop.create_future()

    def connection_made(self, transport):
        self._transport = transport
        reader = self._stream_reader
        if reader is not None:
            reader.set_transport(transport)
        # eof_received answers False over TLS; CPython asks the transport here.
        self._over_ssl = transport.get_extra_info('sslcontext') is not None
        handler = self._client_connected_cb
        if handler is None:
            return
        writer = StreamWriter(transport, self, reader, self._loop)
        if _PY_MINOR <= 12:
            # Up to 3.12 the protocol keeps the handler's writer (it is closed with the connection).
            self._stream_writer = writer
        outcome = handler(reader, writer)
        if not iscoroutine(outcome):
            return

        def callback(task):
            # 3.13 closes the connection of a cancelled handler; before, exception() raises here.
            if _PY_MINOR >= 13 and task.cancelled():
                transport.close()
                return
            failure = task.exception()
            if failure is None:
                return
            report = {'message': 'Unhandled exception in client_connected_cb'}
            report['exception'] = failure
            report['transport'] = transport
            self._loop.call_exception_handler(report)
            transport.close()

        task = self._task = self._loop.create_task(outcome)
        task.add_done_callback(callback)

    def connection_lost(self, exc):
        if self._stream_reader is not None:
            if exc is not None:
                self._stream_reader.set_exception(exc)
            else:
                self._stream_reader.feed_eof()
        closed = self._closed
        if not closed.done():
            _settle(closed, exc)
            if exc is not None:
                # CPython's __del__ of the protocol retrieves it, always before the future goes:
                # an error nobody awaited in wait_closed() is never reported.
                closed.exception()
        super().connection_lost(exc)
        self._stream_reader = self._stream_writer = None
        self._task = self._transport = None

    def data_received(self, data):
        if self._stream_reader is not None:
            self._stream_reader.feed_data(data)

    def eof_received(self):
        if self._stream_reader is not None:
            self._stream_reader.feed_eof()
        return not self._over_ssl

    def _get_close_waiter(self, stream):
        return self._closed


class StreamWriter:
    """The write side of a connection: each call goes to its transport."""

    __module__ = 'asyncio.streams'

    def __init__(self, transport, protocol, reader, loop):
        self._transport, self._protocol = transport, protocol
        self._reader, self._loop = reader, loop

    def __repr__(self):
        text = f'<StreamWriter transport={self._transport!r}'
        if self._reader is not None:
            text += f' reader={self._reader!r}'
        return text + '>'

    @property
    def transport(self):
        return self._transport

    def get_extra_info(self, name, default=None):
        return self._transport.get_extra_info(name, default)

    def write(self, data):
        self._transport.write(data)

    def can_write_eof(self):
        return self._transport.can_write_eof()

    def write_eof(self):
        return self._transport.write_eof()

    def writelines(self, data):
        self._transport.writelines(data)

    def is_closing(self):
        return self._transport.is_closing()

    def close(self):
        return self._transport.close()

    async def drain(self):
        reader = self._reader
        failure = None if reader is None else reader.exception()
        if failure is not None:
            raise failure
        if self._transport.is_closing():
            # One turn of the loop first, so that a pending connection_lost() can run.
            await sleep(0)
        await self._protocol._drain_helper()

    async def wait_closed(self):
        await self._protocol._get_close_waiter(self)

    def __del__(self):
        # A writer dropped unclosed closes its transport (with a ResourceWarning, ignored by default).
        if not (self._transport.is_closing() or self._loop.is_closed()):
            self.close()


class StreamReader:
    """Bytes fed by the protocol, handed out by the read methods; one reader may wait at a time."""

    __module__ = 'asyncio.streams'

    def __init__(self, limit=_DEFAULT_LIMIT, loop=None):
        if limit <= 0:
            raise ValueError('Limit cannot be <= 0')
        self._limit = limit
        self._loop = get_event_loop() if loop is None else loop
        self._buffer = bytearray()
        self._eof = False
        self._waiter = self._exception = self._transport = None
        self._paused = False

    def __repr__(self):
        parts = ['StreamReader']
        held = len(self._buffer)
        if held:
            parts.append(f'{held} bytes')
        if self._eof:
            parts.append('eof')
        if self._limit != _DEFAULT_LIMIT:
            parts.append(f'limit={self._limit}')
        for label, value in (('waiter', self._waiter), ('exception', self._exception), ('transport', self._transport)):
            if value:
                parts.append(f'{label}={value!r}')
        if self._paused:
            parts.append('paused')
        return '<' + ' '.join(parts) + '>'

    def exception(self):
        return self._exception

    def _pop_waiter(self):
        """The waiting read's future, taken off the reader; None when none waits or it was cancelled."""
        fut = self._waiter
        if fut is None:
            return None
        self._waiter = None
        return None if fut.cancelled() else fut

    def set_exception(self, exc):
        self._exception = exc
        fut = self._pop_waiter()
        if fut is not None:
            fut.set_exception(exc)

    def _wakeup_waiter(self):
        fut = self._pop_waiter()
        if fut is not None:
            fut.set_result(None)

    def set_transport(self, transport):
        self._transport = transport

    def feed_eof(self):
        self._eof = True
        self._wakeup_waiter()

    def at_eof(self):
        return not self._buffer and self._eof

    def feed_data(self, data):
        if not data:
            return
        buf = self._buffer
        buf.extend(data)
        self._wakeup_waiter()
        # Past twice the limit the transport stops reading until a read brings it back under the limit.
        if not self._paused and self._transport is not None and len(buf) > self._limit * 2:
            self._transport.pause_reading()
            self._paused = True

    def _resume_if_room(self):
        if not self._paused or len(self._buffer) > self._limit:
            return
        self._paused = False
        self._transport.resume_reading()

    def _take(self, count):
        """The first COUNT buffered bytes, removed from the buffer."""
        buf = self._buffer
        chunk = bytes(buf[:count])
        del buf[:count]
        self._resume_if_room()
        return chunk

    def _take_all_incomplete(self, expected):
        """Empties the buffer into the IncompleteReadError that a read ending at EOF raises."""
        rest = bytes(self._buffer)
        self._buffer.clear()
        return IncompleteReadError(rest, expected)

    async def _wait_for_data(self, func_name):
        if self._waiter is not None:
            raise RuntimeError(
                f'{func_name}() called while another coroutine is already waiting for incoming data'
            )
        if self._paused:
            self._paused = False
            self._transport.resume_reading()
        fut = self._waiter = self._loop.create_future()
        try:
            await fut
        finally:
            self._waiter = None

    async def readline(self):
        try:
            return await self.readuntil(_NEWLINE)
        except IncompleteReadError as short:
            return short.partial
        except LimitOverrunError as over:
            # Drop the too-long line: through its newline when the buffer has it, else all of it.
            cut = over.consumed + 1 if self._buffer.startswith(_NEWLINE, over.consumed) else len(self._buffer)
            del self._buffer[:cut]
            self._resume_if_room()
            raise ValueError(over.args[0])

    async def readuntil(self, separator=_NEWLINE):
        # 3.13 accepts a tuple of separators; the match that ends first wins (the first listed on a tie).
        many = _PY_MINOR >= 13 and isinstance(separator, tuple)
        seps = sorted(separator, key=len) if many else [separator]
        if not seps:
            raise ValueError('Separator should contain at least one element')
        shortest, longest = len(seps[0]), len(seps[-1])
        if not shortest:
            raise ValueError('Separator should be at least one-byte string')
        if self._exception is not None:
            raise self._exception
        buf = self._buffer
        scanned = 0
        found = None
        while found is None:
            size = len(buf)
            if size - scanned >= shortest:
                for sep in seps:
                    at = buf.find(sep, scanned)
                    if at >= 0 and (found is None or at + len(sep) < found[1]):
                        found = (at, at + len(sep))
                if found is not None:
                    break
                # A separator may straddle what is here and what comes next: rescan only that tail.
                scanned = max(0, size + 1 - longest)
                if scanned > self._limit:
                    raise LimitOverrunError('Separator is not found, and chunk exceed the limit', scanned)
            if self._eof:
                raise self._take_all_incomplete(None)
            await self._wait_for_data('readuntil')
        start, end = found
        if start > self._limit:
            raise LimitOverrunError('Separator is found, but chunk is longer than limit', start)
        return self._take(end)

    async def read(self, n=-1):
        if self._exception is not None:
            raise self._exception
        if n == 0:
            return _EMPTY
        if n > 0:
            if not (self._buffer or self._eof):
                await self._wait_for_data('read')
            return self._take(n)
        # n < 0: everything up to EOF, a limit's worth at a time.
        pieces = []
        piece = await self.read(self._limit)
        while piece:
            pieces.append(piece)
            piece = await self.read(self._limit)
        return _EMPTY.join(pieces)

    async def readexactly(self, n):
        if n < 0:
            raise ValueError('readexactly size can not be less than zero')
        if self._exception is not None:
            raise self._exception
        if n == 0:
            return _EMPTY
        while len(self._buffer) < n:
            if self._eof:
                raise self._take_all_incomplete(n)
            await self._wait_for_data('readexactly')
        return self._take(n)

    def __aiter__(self):
        return self

    async def __anext__(self):
        line = await self.readline()
        if not line:
            raise StopAsyncIteration
        return line


async def open_connection(host=None, port=None, *, limit=_DEFAULT_LIMIT, **kwds):
    _check_keywords('open_connection', kwds, _CONNECTION_DEFAULTS, method='create_connection')
    loop = get_running_loop()
    reader = StreamReader(limit=limit, loop=loop)
    protocol = StreamReaderProtocol(reader, loop=loop)
    transport, _ = await _BEL.create_connection(loop, lambda: protocol, host, port, kwds.get('sock'))
    return reader, StreamWriter(transport, protocol, reader, loop)


async def start_server(client_connected_cb, host=None, port=None, *, limit=_DEFAULT_LIMIT, **kwds):
    # backlog and start_serving are among the keywords handed on to loop.create_server.
    backlog = kwds.pop('backlog', 100)
    start_serving = kwds.pop('start_serving', True)
    _check_keywords('start_server', kwds, _SERVER_DEFAULTS, _SERVER_OPTIONS, 'create_server')
    loop = get_running_loop()

    def factory():
        # One reader and protocol per accepted connection.
        return StreamReaderProtocol(StreamReader(limit=limit, loop=loop), client_connected_cb, loop=loop)

    return await _BEL.create_server(loop, factory, host, port, backlog, start_serving, kwds.get('sock'))


# asyncio.streams.FlowControlMixin is not among the asyncio package's names: kept under a private one.
_FlowControlMixin = FlowControlMixin
del FlowControlMixin
