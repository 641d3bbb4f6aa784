# A handler that returns without closing its writer: from 3.13 the writer, dropped with the
# handler's frame, closes the connection (up to 3.12 the protocol keeps it open).
import asyncio


async def handle(reader, writer):
    writer.write(b"hello\n")
    print("handler returns")


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 8887)
    reader, writer = await asyncio.open_connection("127.0.0.1", 8887)
    print(await reader.readline())
    try:
        print(await asyncio.wait_for(reader.read(), 1), reader.at_eof())
    except TimeoutError:
        print("still open after", asyncio.get_running_loop().time())
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()
    print("done")


asyncio.run(main())
