# The echo server and client by name: "localhost" is resolved by getaddrinfo in the default executor.
import asyncio


async def handle_echo(reader, writer):
    data = await reader.read(100)
    message = data.decode()
    print(f"server received {message!r} on {writer.get_extra_info('sockname')!r}")
    writer.write(data)
    await writer.drain()
    print("server closing the connection")
    writer.close()
    await writer.wait_closed()


async def tcp_echo_client(message):
    reader, writer = await asyncio.open_connection("localhost", 8889)
    print(f"client sends {message!r} to {writer.get_extra_info('peername')!r}")
    writer.write(message.encode())
    await writer.drain()
    data = await reader.read(100)
    print(f"client received {data.decode()!r}")
    writer.close()
    await writer.wait_closed()
    print("client closed", writer.is_closing())


async def main():
    server = await asyncio.start_server(handle_echo, "localhost", 8889)
    addrs = ", ".join(str(sock.getsockname()) for sock in server.sockets)
    print(f"serving on {addrs}", server.is_serving())
    async with server:
        await tcp_echo_client("Hello World!")
    print("server serving:", server.is_serving())


asyncio.run(main())
