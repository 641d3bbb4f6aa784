# The asyncio docs' TCP echo server and client written with protocols and transports
# (loop.create_server, loop.create_connection) on loopback.
import asyncio


class EchoServerProtocol(asyncio.Protocol):
    def connection_made(self, transport):
        self.transport = transport
        print("server: connection from a client", transport.get_extra_info("sockname"))

    def data_received(self, data):
        message = data.decode()
        print("server: data received: {!r}".format(message))
        self.transport.write(data)
        print("server: close the client socket")
        self.transport.close()

    def connection_lost(self, exc):
        print("server: connection lost", exc)


class EchoClientProtocol(asyncio.Protocol):
    def __init__(self, message, on_con_lost):
        self.message = message
        self.on_con_lost = on_con_lost

    def connection_made(self, transport):
        transport.write(self.message.encode())
        print("client: data sent: {!r}".format(self.message))

    def data_received(self, data):
        print("client: data received: {!r}".format(data.decode()))

    def eof_received(self):
        print("client: eof received")

    def connection_lost(self, exc):
        print("client: the server closed the connection")
        self.on_con_lost.set_result(True)


async def main():
    loop = asyncio.get_running_loop()
    server = await loop.create_server(EchoServerProtocol, "127.0.0.1", 8886)
    on_con_lost = loop.create_future()
    transport, protocol = await loop.create_connection(
        lambda: EchoClientProtocol("Hello World!", on_con_lost), "127.0.0.1", 8886
    )
    print(isinstance(protocol, asyncio.Protocol), transport.is_closing())
    try:
        await on_con_lost
    finally:
        transport.close()
    print(transport.is_closing())
    server.close()
    await server.wait_closed()
    print("done")


asyncio.run(main())
