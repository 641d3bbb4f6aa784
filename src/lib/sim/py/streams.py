# asyncio streams (CPython's Lib/asyncio/streams.py): StreamReader, StreamWriter,
# StreamReaderProtocol, open_connection and start_server, over the transports (transports.py) and
# the loop's servers and connections (servers.py) on the program's loopback sockets (sockets.py),
# step for step, so callbacks and task wakeups happen in CPython's order.

_DEFAULT_LIMIT = 2**16
# Made when the module runs, not bytes literals: a literal's object is made once when the source is
# first compiled, and runs after the first one would not count it among their objects (ids shift).
_EMPTY = bytes()
_NEWLINE = bytes((10,))


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


class FlowControlMixin(Protocol):
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


class StreamReaderProtocol(FlowControlMixin, Protocol):
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


async def open_connection(host=None, port=None, *, limit=_DEFAULT_LIMIT, **kwds):
    _check_keywords('open_connection', kwds, _CONNECTION_DEFAULTS)
    loop = get_running_loop()
    reader = StreamReader(limit=limit, loop=loop)
    protocol = StreamReaderProtocol(reader, loop=loop)
    transport, _ = await _BEL.create_connection(loop, lambda: protocol, host, port, kwds.get('sock'))
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

    return await _BEL.create_server(loop, factory, host, port, backlog, start_serving, kwds.get('sock'))


# asyncio.streams.FlowControlMixin is not among the asyncio package's names: kept under a private one.
_FlowControlMixin = FlowControlMixin
del FlowControlMixin
