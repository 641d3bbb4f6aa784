# asyncio's protocol API over the program's loopback sockets: Protocol classes, and the loop's
# create_server/create_connection (loop methods, bound in module.ts), on servers.py as streams.py is.


class BaseProtocol:
    __module__ = 'asyncio.protocols'
    __slots__ = ()

    def connection_made(self, transport):
        pass

    def connection_lost(self, exc):
        pass

    def pause_writing(self):
        pass

    def resume_writing(self):
        pass


class Protocol(BaseProtocol):
    __module__ = 'asyncio.protocols'
    __slots__ = ()

    def data_received(self, data):
        pass

    def eof_received(self):
        pass


class DatagramProtocol(BaseProtocol):
    __module__ = 'asyncio.protocols'
    __slots__ = ()

    def datagram_received(self, data, addr):
        pass

    def error_received(self, exc):
        pass


# Each takes its parameters by name, as CPython's does, so a keyword no version has is refused by the
# call (before any coroutine is made). keep_alive is a parameter from 3.13, all_errors from 3.12.
def _given(values, defaults):
    """The keywords of `defaults` a method's frame holds (its locals), to be checked as given."""
    return {name: values[name] for name in defaults if name in values}


async def _loop_create_server(
    self, protocol_factory, host=None, port=None, *, family=0, flags=1, sock=None, backlog=100, ssl=None,
    reuse_address=None, reuse_port=None, keep_alive=None, ssl_handshake_timeout=None,
    ssl_shutdown_timeout=None, start_serving=True,
):
    _check_keywords('create_server', _given(locals(), _SERVER_DEFAULTS), _SERVER_DEFAULTS)
    return await _BEL.create_server(self, protocol_factory, host, port, backlog, start_serving, sock)


async def _create_server_before_313(
    self, protocol_factory, host=None, port=None, *, family=0, flags=1, sock=None, backlog=100, ssl=None,
    reuse_address=None, reuse_port=None, ssl_handshake_timeout=None, ssl_shutdown_timeout=None,
    start_serving=True,
):
    _check_keywords('create_server', _given(locals(), _SERVER_DEFAULTS), _SERVER_DEFAULTS)
    return await _BEL.create_server(self, protocol_factory, host, port, backlog, start_serving, sock)


_loop_create_server = _loop_create_server if _PY_MINOR >= 13 else _create_server_before_313
del _create_server_before_313


async def _loop_create_connection(
    self, protocol_factory, host=None, port=None, *, ssl=None, family=0, proto=0, flags=0, sock=None,
    local_addr=None, server_hostname=None, ssl_handshake_timeout=None, ssl_shutdown_timeout=None,
    happy_eyeballs_delay=None, interleave=None, all_errors=False,
):
    _check_keywords('create_connection', _given(locals(), _CONNECTION_DEFAULTS), _CONNECTION_DEFAULTS)
    return await _BEL.create_connection(self, protocol_factory, host, port, sock)


async def _create_connection_before_312(
    self, protocol_factory, host=None, port=None, *, ssl=None, family=0, proto=0, flags=0, sock=None,
    local_addr=None, server_hostname=None, ssl_handshake_timeout=None, ssl_shutdown_timeout=None,
    happy_eyeballs_delay=None, interleave=None,
):
    _check_keywords('create_connection', _given(locals(), _CONNECTION_DEFAULTS), _CONNECTION_DEFAULTS)
    return await _BEL.create_connection(self, protocol_factory, host, port, sock)


_loop_create_connection = _loop_create_connection if _PY_MINOR >= 12 else _create_connection_before_312
del _create_connection_before_312


def _named_as_loop_method(fn, owner, name):
    """A loop method written here goes by CPython's name: its coroutines (and task lanes) show it."""
    fn.__name__ = name
    fn.__qualname__ = f'{owner}.{name}'


_named_as_loop_method(_loop_create_server, 'BaseEventLoop', 'create_server')
_named_as_loop_method(_loop_create_connection, 'BaseEventLoop', 'create_connection')
