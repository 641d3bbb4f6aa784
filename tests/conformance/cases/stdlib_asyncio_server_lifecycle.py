# A server's life: serve_forever awaited twice, cancelled (it closes the server and waits for it),
# refused once closed; wait_closed before and after its connections end; async with; on 3.13,
# close_clients and abort_clients.
import asyncio
import sys


async def main():
    held = []

    async def handler(reader, writer):
        held.append(writer)
        print('handler', await reader.readline())

    server = await asyncio.start_server(handler, '127.0.0.1', 0, start_serving=False)
    port = server.sockets[0].getsockname()[1]
    print('serving', server.is_serving(), len(server.sockets))
    forever = asyncio.create_task(server.serve_forever())
    await asyncio.sleep(0)
    print('serving', server.is_serving())
    try:
        await server.serve_forever()
    except RuntimeError as e:
        print('second:', str(e).replace(repr(server), 'SERVER'))
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    writer.write(b'hi\n')
    await writer.drain()
    await asyncio.sleep(0.01)
    forever.cancel()
    waiting = asyncio.create_task(server.wait_closed())
    await asyncio.sleep(0.01)
    print('forever', forever.done(), 'wait_closed', waiting.done(), server.is_serving(), server.sockets)
    try:
        await server.serve_forever()
    except RuntimeError as e:
        print('closed:', str(e).replace(repr(server), 'SERVER'))
    writer.close()
    await writer.wait_closed()
    held[0].close()
    await asyncio.sleep(0.01)
    print('forever', forever.cancelled(), 'wait_closed', waiting.done())
    await server.wait_closed()
    server.close()

    async with await asyncio.start_server(handler, '127.0.0.1', 0) as second:
        print('in with', second.is_serving())
    print('after with', second.is_serving(), second.sockets)

    if sys.version_info >= (3, 13):
        for how in ('close_clients', 'abort_clients'):
            third = await asyncio.start_server(handler, '127.0.0.1', 0)
            port = third.sockets[0].getsockname()[1]
            r, w = await asyncio.open_connection('127.0.0.1', port)
            await asyncio.sleep(0.01)
            third.close()
            getattr(third, how)()
            await third.wait_closed()
            print(how, await r.read(), third.is_serving())
            w.close()
    else:
        for how in ('close_clients', 'abort_clients'):
            print(how, b'', False)


asyncio.run(main())
