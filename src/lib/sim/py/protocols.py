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


async def _loop_create_server(
    self, protocol_factory, host=None, port=None, *, backlog=100, start_serving=True, **kwds
):
    _check_keywords('create_server', kwds, _SERVER_DEFAULTS, _SERVER_OPTIONS)
    return await _BEL.create_server(self, protocol_factory, host, port, backlog, start_serving, kwds.get('sock'))


async def _loop_create_connection(self, protocol_factory, host=None, port=None, **kwds):
    _check_keywords('create_connection', kwds, _CONNECTION_DEFAULTS)
    return await _BEL.create_connection(self, protocol_factory, host, port, kwds.get('sock'))


def _named_as_loop_method(fn, owner, name):
    """A loop method written here goes by CPython's name: its coroutines (and task lanes) show it."""
    fn.__name__ = name
    fn.__qualname__ = f'{owner}.{name}'


_named_as_loop_method(_loop_create_server, 'BaseEventLoop', 'create_server')
_named_as_loop_method(_loop_create_connection, 'BaseEventLoop', 'create_connection')
