# A server on a port the kernel picks (port 0), started later; what the connection's ends know.
import asyncio

ends = []


async def handle(reader, writer):
    ends.append((writer.get_extra_info("sockname"), writer.get_extra_info("peername")))
    print("server side", writer.transport)
    print(await reader.read(), reader.at_eof())
    writer.close()


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0, start_serving=False, reuse_address=True)
    sock = server.sockets[0]
    host, port = sock.getsockname()
    print(host, port > 0, server.is_serving())
    await server.start_serving()
    print(server.is_serving(), server.get_loop() is asyncio.get_running_loop())
    reader, writer = await asyncio.open_connection(host, port)
    print(writer.transport, writer.can_write_eof())
    writer.write(b"one ")
    writer.writelines([b"two ", b"three"])
    writer.write_eof()
    print(await reader.read(), reader.at_eof())
    await asyncio.sleep(0)
    server_end, client_end = ends[0], (writer.get_extra_info("sockname"), writer.get_extra_info("peername"))
    print(server_end == client_end[::-1], server_end[0] == (host, port))
    print(writer.transport, writer.is_closing())
    writer.close()
    print(writer.transport, writer.is_closing())
    await writer.wait_closed()
    print(writer.transport)
    async with server:
        print(len(server.sockets))
    print(server.sockets, server.is_serving())


asyncio.run(main())
