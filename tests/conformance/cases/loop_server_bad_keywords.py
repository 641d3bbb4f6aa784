# A keyword no parameter takes, given to the loop's server and connection methods (directly or
# through asyncio.open_connection / start_server, which pass theirs on): the TypeError names the
# loop method by its qualname, as for any Python function.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    calls = [
        ('create_server', lambda: loop.create_server(asyncio.Protocol, '127.0.0.1', 0, bogus=1)),
        ('create_connection', lambda: loop.create_connection(asyncio.Protocol, '127.0.0.1', 1, bogus=1)),
        ('create_datagram_endpoint', lambda: loop.create_datagram_endpoint(asyncio.DatagramProtocol, bogus=1)),
        ('create_unix_server', lambda: loop.create_unix_server(asyncio.Protocol, '/tmp/x.sock', bogus=1)),
        ('create_unix_connection', lambda: loop.create_unix_connection(asyncio.Protocol, '/tmp/x.sock', bogus=1)),
        ('open_connection', lambda: asyncio.open_connection('127.0.0.1', 1, bogus=1)),
        ('start_server', lambda: asyncio.start_server(print, '127.0.0.1', 0, bogus=1)),
        ('create_server, no factory', lambda: loop.create_server()),
    ]
    for what, make in calls:
        try:
            await make()
        except TypeError as e:
            print(f'{what}: {e}')


asyncio.run(main())
