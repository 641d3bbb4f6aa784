# Several clients at once against one server: each handler is a task of its own.
import asyncio


async def handle(reader, writer):
    name = (await reader.readline()).decode().strip()
    print("hello from", name, asyncio.current_task().get_name())
    await asyncio.sleep(0.1 * len(name))
    writer.write(f"bye {name}\n".encode())
    await writer.drain()
    writer.close()
    await writer.wait_closed()
    print("handler done", name)


async def client(name):
    reader, writer = await asyncio.open_connection("127.0.0.1", 8891)
    writer.write(name.encode() + b"\n")
    await writer.drain()
    line = await reader.readline()
    print(name, "got", line)
    print(name, "then", await reader.read(), reader.at_eof())
    writer.close()
    await writer.wait_closed()
    return line


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 8891)
    async with server:
        lines = await asyncio.gather(client("ann"), client("bo"), client("carla"))
        print(lines)
    print(asyncio.get_running_loop().time())


asyncio.run(main())
