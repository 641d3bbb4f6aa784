# Connecting where nobody listens, and binding a port twice.
import asyncio


async def handle(reader, writer):
    writer.close()


async def main():
    try:
        await asyncio.open_connection("127.0.0.1", 8894)
    except OSError as e:
        print(type(e).__name__, e.errno, e)
    server = await asyncio.start_server(handle, "127.0.0.1", 8895)
    try:
        await asyncio.start_server(handle, "127.0.0.1", 8895)
    except OSError as e:
        print(type(e).__name__, e.errno, e)
    server.close()
    await server.wait_closed()
    try:
        await asyncio.open_connection("127.0.0.1", 8895)
    except ConnectionRefusedError as e:
        print("after close:", e)


asyncio.run(main())
