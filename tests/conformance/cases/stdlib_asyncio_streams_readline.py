# A client sends lines then EOF; the server reads them with readline() and async for, up to EOF.
import asyncio

done = asyncio.Event()


async def handle(reader, writer):
    first = await reader.readline()
    print("first", first)
    async for line in reader:
        print("line", line)
    print("eof", reader.at_eof(), await reader.readline(), await reader.read())
    writer.write(b"got it\n")
    writer.close()
    await writer.wait_closed()
    done.set()


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 8892)
    reader, writer = await asyncio.open_connection("127.0.0.1", 8892)
    writer.writelines([b"alpha\n", b"beta\n"])
    await asyncio.sleep(0.5)
    writer.write(b"gamma\ndelta")
    print("can write eof", writer.can_write_eof())
    writer.write_eof()
    print(await reader.readline())
    print(await reader.readline(), reader.at_eof())
    await done.wait()
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()
    print("closed", server.is_serving(), server.sockets)


asyncio.run(main())
