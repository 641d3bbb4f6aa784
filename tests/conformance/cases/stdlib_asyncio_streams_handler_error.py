# A handler that raises: CPython's StreamReaderProtocol logs it and closes the connection.
import asyncio


async def handle(reader, writer):
    data = await reader.readline()
    raise ValueError(f"cannot handle {data!r}")


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 8896)
    reader, writer = await asyncio.open_connection("127.0.0.1", 8896)
    writer.write(b"boom\n")
    print("reply:", await reader.read(), reader.at_eof())
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()
    print("done")


asyncio.run(main())
