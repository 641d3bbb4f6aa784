# Timeouts around reads: wait_for on a slow server, then the server closing while a client waits.
import asyncio


async def handle(reader, writer):
    await reader.readline()
    await asyncio.sleep(2)
    writer.write(b"late\n")
    await writer.drain()
    await asyncio.sleep(1)
    writer.close()
    await writer.wait_closed()


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 8897)
    reader, writer = await asyncio.open_connection("127.0.0.1", 8897)
    writer.write(b"ping\n")
    try:
        await asyncio.wait_for(reader.readline(), timeout=1)
    except TimeoutError:
        print("timed out at", asyncio.get_running_loop().time())
    print(await asyncio.wait_for(reader.readline(), timeout=5))
    print(await reader.readline(), reader.at_eof(), asyncio.get_running_loop().time())
    writer.close()
    server.close()
    await server.wait_closed()
    print("server closed at", asyncio.get_running_loop().time())


asyncio.run(main())
