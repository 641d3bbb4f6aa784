# The loop's server and connection methods take their parameters by name, as CPython's coroutine
# functions do: a keyword none of them takes is refused by the call itself, before any coroutine
# exists; asyncio.open_connection and start_server take **kwds and pass them on, so theirs is refused
# only when awaited. keep_alive and cleanup_socket (3.13) and all_errors (3.12) are refused by older versions (a
# coroutine the call made is closed unrun: no socket is made).
import asyncio
import inspect


async def main():
    loop = asyncio.get_running_loop()
    calls = [
        ('create_server', lambda: loop.create_server(asyncio.Protocol, '127.0.0.1', 0, bogus=1)),
        ('create_server keep_alive', lambda: loop.create_server(asyncio.Protocol, '127.0.0.1', 0, keep_alive=None)),
        ('create_connection', lambda: loop.create_connection(asyncio.Protocol, '127.0.0.1', 1, bogus=1)),
        ('create_connection all_errors', lambda: loop.create_connection(asyncio.Protocol, '127.0.0.1', 1, all_errors=False)),
        ('create_datagram_endpoint', lambda: loop.create_datagram_endpoint(asyncio.DatagramProtocol, bogus=1)),
        ('create_unix_server', lambda: loop.create_unix_server(asyncio.Protocol, '/tmp/x.sock', bogus=1)),
        ('create_unix_server cleanup_socket', lambda: loop.create_unix_server(asyncio.Protocol, '/tmp/x.sock', cleanup_socket=True)),
        ('create_unix_connection', lambda: loop.create_unix_connection(asyncio.Protocol, '/tmp/x.sock', bogus=1)),
        ('open_connection', lambda: asyncio.open_connection('127.0.0.1', 1, bogus=1)),
        ('start_server', lambda: asyncio.start_server(print, '127.0.0.1', 0, bogus=1)),
    ]
    for what, make in calls:
        try:
            coro = make()
        except TypeError as e:
            print(f'{what}: at the call: {e}')
            continue
        print(f'{what}: the call made a {type(coro).__name__}')
        if what in ('open_connection', 'start_server'):
            try:
                await coro
            except TypeError as e:
                print(f'{what}: awaited: {e}')
        else:
            # Not run: the keyword was taken, which is all this shows (no socket is made).
            coro.close()
    for name in ('create_server', 'create_connection'):
        method = getattr(loop, name)
        print(name, inspect.iscoroutinefunction(method), list(inspect.signature(method).parameters))


asyncio.run(main())
