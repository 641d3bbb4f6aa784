# asyncio's transport classes (transports.py's interface), and the socket transport under asyncio
# streams and protocols (CPython's _SelectorSocketTransport in selector_events.py, and
# trsock.TransportSocket), over the program's loopback sockets (sockets.py).
# Sends never block there, so the transport never buffers: write() sends at once.

_MAX_SIZE = 256 * 1024  # what a transport asks recv() for


def _set_result_unless_cancelled(fut, result):
    if not fut.cancelled():
        fut.set_result(result)


def _address_or_none(getter):
    """A socket's address as getsockname/getpeername give it; None where they raise OSError."""
    try:
        return getter()
    except OSError:
        return None


class BaseTransport:
    """asyncio.BaseTransport: the interface (a program may subclass it); methods not given raise."""

    __module__ = 'asyncio.transports'
    __slots__ = ('_extra',)

    def __init__(self, extra=None):
        self._extra = {} if extra is None else extra

    def get_extra_info(self, name, default=None):
        return self._extra.get(name, default)

    def is_closing(self):
        raise NotImplementedError

    def close(self):
        raise NotImplementedError

    def set_protocol(self, protocol):
        raise NotImplementedError

    def get_protocol(self):
        raise NotImplementedError


class ReadTransport(BaseTransport):
    __module__ = 'asyncio.transports'
    __slots__ = ()

    def is_reading(self):
        raise NotImplementedError

    def pause_reading(self):
        raise NotImplementedError

    def resume_reading(self):
        raise NotImplementedError


class WriteTransport(BaseTransport):
    __module__ = 'asyncio.transports'
    __slots__ = ()

    def set_write_buffer_limits(self, high=None, low=None):
        raise NotImplementedError

    def get_write_buffer_size(self):
        raise NotImplementedError

    def get_write_buffer_limits(self):
        raise NotImplementedError

    def write(self, data):
        raise NotImplementedError

    def writelines(self, list_of_data):
        self.write(bytes().join(list_of_data))

    def write_eof(self):
        raise NotImplementedError

    def can_write_eof(self):
        raise NotImplementedError

    def abort(self):
        raise NotImplementedError


class Transport(ReadTransport, WriteTransport):
    __module__ = 'asyncio.transports'
    __slots__ = ()


class DatagramTransport(BaseTransport):
    __module__ = 'asyncio.transports'
    __slots__ = ()

    def sendto(self, data, addr=None):
        raise NotImplementedError

    def abort(self):
        raise NotImplementedError


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
        s = f'<asyncio.TransportSocket fd={self.fileno()}, family={self._sock.family}, type={self._sock.type}, proto={self._sock.proto}'
        if self.fileno() != -1:
            # Addresses shown when there is one (a Unix socket's own end has the empty name).
            if self.getsockname():
                s += f', laddr={self.getsockname()}'
            if self._sock.raddr:
                s += f', raddr={self._sock.raddr}'
        return s + '>'


class _SelectorTransport(Transport):
    """What CPython's socket and datagram transports share (selector_events._SelectorTransport)."""

    __module__ = 'asyncio.selector_events'

    def __init__(self, loop, sock, protocol, extra=None, server=None):
        self._loop = loop
        # What get_extra_info() knows: the caller's extras, then the socket and its two addresses (a
        # peername given by the caller is kept).
        info = dict(extra) if extra else {}
        info['socket'] = _TransportSocket(sock)
        info['sockname'] = _address_or_none(sock.getsockname)
        if 'peername' not in info:
            info['peername'] = _address_or_none(sock.getpeername)
        self._extra = info
        self._sock, self._sock_fd = sock, sock.fd
        self._protocol = protocol
        self._protocol_connected = True
        self._server = server
        self._buffer = []  # always empty: a send never blocks here
        self._conn_lost = 0
        self._closing = self._paused = False
        if server is not None:
            server._attach(self)

    def __repr__(self):
        # <Name [closed|closing] fd=N read=... write=<..., bufsize=0>>, the last two while the loop runs.
        text = '<' + type(self).__name__
        if self._sock is None:
            text += ' closed'
        elif self._closing:
            text += ' closing'
        text += f' fd={self._sock_fd}'
        loop = self._loop
        if loop is not None and not loop.is_closed():
            sel = _selector(loop)
            reading = 'polling' if sel.polling(self._sock, _EVENT_READ) else 'idle'
            writing = 'polling' if sel.polling(self._sock, _EVENT_WRITE) else 'idle'
            text += f' read={reading} write=<{writing}, bufsize=0>'
        return text + '>'

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
        _debug_log_refused(self._loop, 10, "'<transport> pauses reading'")

    def resume_reading(self):
        if self._closing or not self._paused:
            return
        self._paused = False
        self._add_reader(self._read_ready)
        _debug_log_refused(self._loop, 10, "'<transport> resumes reading'")

    def _add_reader(self, callback):
        if self.is_reading():
            _add_reader(self._loop, self._sock, callback)

    def get_write_buffer_size(self):
        return 0

    def _lose(self, exc):
        # The protocol's connection_lost(exc) comes on a later turn of the loop.
        self._conn_lost += 1
        self._loop.call_soon(self._call_connection_lost, exc)

    def close(self):
        if self._closing:
            return
        self._closing = True
        _remove_reader(self._loop, self._sock)
        # Nothing is ever left to send, so the connection goes at once.
        _remove_writer(self._loop, self._sock)
        self._lose(None)

    def abort(self):
        self._force_close(None)

    def _fatal_error(self, exc, message):
        if not isinstance(exc, OSError):
            self._loop.call_exception_handler(
                {'message': message, 'exception': exc, 'transport': self, 'protocol': self._protocol}
            )
        self._force_close(exc)

    def _force_close(self, exc):
        if not self._conn_lost:
            if not self._closing:
                self._closing = True
                _remove_reader(self._loop, self._sock)
            self._lose(exc)

    def _call_connection_lost(self, exc):
        protocol = self._protocol
        try:
            if self._protocol_connected:
                protocol.connection_lost(exc)
        finally:
            # Whatever the protocol did, the socket closes and the server (if any) lets go of us.
            self._sock.close()
            self._sock = self._protocol = self._loop = None
            if self._server is not None:
                self._server._detach(self)
                self._server = None


class _SelectorSocketTransport(_SelectorTransport):
    __module__ = 'asyncio.selector_events'

    def __init__(self, loop, sock, protocol, waiter=None, extra=None, server=None):
        super().__init__(loop, sock, protocol, extra, server)
        self._eof = False
        loop.call_soon(protocol.connection_made, self)
        loop.call_soon(self._add_reader, self._read_ready)
        if waiter is not None:
            loop.call_soon(_set_result_unless_cancelled, waiter, None)

    def _read_ready(self):
        # The loop's reader callback: what recv() gives goes to the protocol; b'' is the peer's EOF.
        if self._conn_lost:
            return
        try:
            chunk = self._sock.recv(_MAX_SIZE)
        except BlockingIOError:
            return
        except BaseException as exc:
            self._fatal_error(exc, 'Fatal read error on socket transport')
            return
        if chunk:
            try:
                self._protocol.data_received(chunk)
            except BaseException as exc:
                self._fatal_error(exc, 'Fatal error: protocol.data_received() call failed.')
        else:
            self._read_ready__on_eof()

    def _read_ready__on_eof(self):
        # A true answer from eof_received() keeps the transport open for writing.
        _debug_log_refused(self._loop, 10, "'<transport> received EOF'")
        try:
            half_open = self._protocol.eof_received()
        except BaseException as exc:
            self._fatal_error(exc, 'Fatal error: protocol.eof_received() call failed.')
        else:
            if not half_open:
                self.close()
            else:
                _remove_reader(self._loop, self._sock)

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
        sock = self._sock
        # socket.shutdown(SHUT_WR): a connection its peer reset is no longer connected.
        if sock.peer is None or sock.reset or sock.dead:
            raise OSError(107, 'Transport endpoint is not connected')
        sock.shutdown_write()

    def can_write_eof(self):
        return True


# asyncio.trsock.TransportSocket is not among the asyncio package's names: kept under a private one.
_TransportSocket = TransportSocket
del TransportSocket
