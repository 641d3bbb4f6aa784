# Writing to a connection the server has closed: the first write is sent (and answered by a reset),
# the next fails with a broken pipe, which closes the transport; drain() then reports it.
import asyncio


async def handle(reader, writer):
    writer.close()
    await writer.wait_closed()
    print("handler closed", writer.is_closing())


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 8899)
    reader, writer = await asyncio.open_connection("127.0.0.1", 8899)
    await asyncio.sleep(0.5)
    print("eof seen:", reader.at_eof(), await reader.read(10))
    writer.write(b"first")
    await writer.drain()
    print("first write drained", writer.is_closing())
    await asyncio.sleep(0.5)
    writer.write(b"second")
    print("after second write", writer.is_closing())
    try:
        await writer.drain()
    except ConnectionError as e:
        print("drain:", type(e).__name__, e)
    try:
        await writer.wait_closed()
    except ConnectionError as e:
        print("wait_closed:", type(e).__name__, e)
    writer.write(b"third")
    server.close()
    await server.wait_closed()
    print("done")


asyncio.run(main())
