# A chat server over IPv6 loopback: every line a client sends goes to all the other clients. Lines
# sent at the same instant reach the server in one select(), in the order the kernel reports them.
import asyncio

clients = {}


async def serve(reader, writer):
    name = (await reader.readline()).decode().strip()
    clients[name] = writer
    print("joined:", name, sorted(clients))
    async for line in reader:
        for other, w in clients.items():
            if other != name:
                w.write(f"{name}: ".encode() + line)
        await asyncio.gather(*(w.drain() for w in clients.values()))
    del clients[name]
    print("left:", name)
    writer.close()
    await writer.wait_closed()


async def member(name, lines, delay):
    reader, writer = await asyncio.open_connection("::1", 8890)
    writer.write(name.encode() + b"\n")
    await asyncio.sleep(delay)
    for line in lines:
        writer.write(line.encode() + b"\n")
    await writer.drain()
    await asyncio.sleep(1)
    writer.write_eof()
    heard = [line async for line in reader]
    print(name, "heard", heard)
    writer.close()
    await writer.wait_closed()


async def main():
    server = await asyncio.start_server(serve, "::1", 8890)
    print(server.sockets[0].getsockname())
    async with server:
        await asyncio.gather(
            member("ann", ["hi", "how are you"], 0.5),
            member("bo", ["hey"], 0.5),
            member("cy", ["yo", "bye"], 0.25),
        )
    print("at", asyncio.get_running_loop().time())


asyncio.run(main())
