# Streams and endpoints on sockets the program made itself: start_server(sock=...),
# open_connection(sock=...), create_connection/create_datagram_endpoint(sock=...), and CPython's
# checks of the sock= argument.
import asyncio
import socket

PORT = 50771


async def handle(reader, writer):
    line = await reader.readline()
    print(f"{asyncio.get_running_loop().time():.1f} server got {line!r}")
    writer.write(line.upper())
    await writer.drain()
    writer.close()
    await writer.wait_closed()


class Echo(asyncio.DatagramProtocol):
    def connection_made(self, transport):
        self.transport = transport

    def datagram_received(self, data, addr):
        print("udp server got", data, addr[0])
        self.transport.sendto(data[::-1], addr)


class Client(asyncio.DatagramProtocol):
    def __init__(self, done):
        self.done = done

    def datagram_received(self, data, addr):
        print("udp client got", data)
        self.done.set_result(data)


async def main():
    loop = asyncio.get_running_loop()
    lsock = socket.socket()
    lsock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    lsock.bind(("127.0.0.1", PORT))
    lsock.listen()
    print("blocking before:", lsock.getblocking())
    server = await asyncio.start_server(handle, sock=lsock)
    print("blocking after:", lsock.getblocking(), server.sockets[0].getsockname())

    csock = socket.create_connection(("127.0.0.1", PORT))
    print("client blocking:", csock.getblocking())
    reader, writer = await asyncio.open_connection(sock=csock)
    print("client blocking now:", csock.getblocking(), writer.get_extra_info("peername"))
    await asyncio.sleep(0.5)
    writer.write(b"hello\n")
    print(f"{loop.time():.1f} client got", await reader.readline())
    print("at eof:", await reader.read())
    writer.close()
    await writer.wait_closed()
    print("client socket closed with the transport:", csock.fileno())

    for call in (
        lambda: asyncio.open_connection("127.0.0.1", PORT, sock=socket.socket()),
        lambda: asyncio.open_connection(),
        lambda: asyncio.start_server(handle),
        lambda: asyncio.start_server(handle, sock=socket.socket(socket.AF_INET, socket.SOCK_DGRAM)),
        lambda: loop.create_connection(asyncio.Protocol, sock=socket.socket(socket.AF_INET, socket.SOCK_DGRAM)),
    ):
        try:
            await call()
        except ValueError as e:
            print("ValueError:", str(e).split(" got <")[0])

    usock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    usock.bind(("127.0.0.1", PORT + 1))
    transport, _ = await loop.create_datagram_endpoint(Echo, sock=usock)
    done = loop.create_future()
    csock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    csock.connect(("127.0.0.1", PORT + 1))
    ctransport, _ = await loop.create_datagram_endpoint(lambda: Client(done), sock=csock)
    print("remote address kept:", ctransport.get_extra_info("peername"))
    ctransport.sendto(b"stressed")
    await done
    for bad in (dict(sock=socket.socket()), dict(sock=usock, local_addr=("127.0.0.1", 0), proto=17)):
        try:
            await loop.create_datagram_endpoint(Echo, **bad)
        except ValueError as e:
            print("ValueError:", str(e).split(" got <")[0])
    ctransport.close()
    transport.close()
    server.close()
    await server.wait_closed()
    print("listening socket:", lsock.fileno())


asyncio.run(main())
