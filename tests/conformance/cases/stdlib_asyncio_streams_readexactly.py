# readexactly, readuntil and their errors: IncompleteReadError (with .partial), LimitOverrunError.
import asyncio


async def handle(reader, writer):
    writer.write(b"HEAD0005hello")
    await writer.drain()
    await asyncio.sleep(1)
    writer.write(b"a;b;;cccccccccccccccccccc;tail")
    writer.close()


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 8893)
    reader, writer = await asyncio.open_connection("127.0.0.1", 8893, limit=8)
    head = await reader.readexactly(4)
    size = int(await reader.readexactly(4))
    print(head, size, await reader.readexactly(size))
    print(await reader.readexactly(0))
    print(await reader.readuntil(b";"), await reader.readuntil(b";;"))
    try:
        await reader.readuntil(b";")
    except asyncio.LimitOverrunError as e:
        print("overrun:", e, e.consumed)
    print(await reader.read(30))
    try:
        await reader.readexactly(10)
    except asyncio.IncompleteReadError as e:
        print(type(e).__name__, e, e.partial, e.expected)
    try:
        await reader.readuntil(b"!")
    except asyncio.IncompleteReadError as e:
        print(type(e).__name__, e, e.partial, e.expected)
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()


asyncio.run(main())
