# The asyncio docs' UDP echo server and client (loop.create_datagram_endpoint with local_addr and
# remote_addr, DatagramProtocol) in one program on loopback, with two clients and a plain-class
# protocol as the docs write it.
import asyncio


class EchoServerProtocol(asyncio.DatagramProtocol):
    def connection_made(self, transport):
        self.transport = transport
        print("server: ready on", transport.get_extra_info("sockname"), transport.get_extra_info("peername"))

    def datagram_received(self, data, addr):
        message = data.decode()
        print("server: received %r" % message)
        print("server: send %r" % message)
        self.transport.sendto(data, addr)

    def connection_lost(self, exc):
        print("server: closed", exc)


class EchoClientProtocol:
    def __init__(self, name, messages, on_con_lost):
        self.name = name
        self.messages = messages
        self.on_con_lost = on_con_lost
        self.transport = None
        self.answers = 0

    def connection_made(self, transport):
        self.transport = transport
        print(self.name, "peer", transport.get_extra_info("peername"))
        for message in self.messages:
            print(self.name, "send:", message)
            self.transport.sendto(message.encode())

    def datagram_received(self, data, addr):
        print(self.name, "received:", data.decode(), "from", addr)
        self.answers += 1
        if self.answers == len(self.messages):
            print(self.name, "close the socket")
            self.transport.close()

    def error_received(self, exc):
        print(self.name, "error received:", exc)

    def connection_lost(self, exc):
        print(self.name, "connection closed", exc)
        self.on_con_lost.set_result(True)


async def client(loop, name, messages):
    on_con_lost = loop.create_future()
    transport, protocol = await loop.create_datagram_endpoint(
        lambda: EchoClientProtocol(name, messages, on_con_lost), remote_addr=("127.0.0.1", 8900)
    )
    print(name, "endpoint made", transport.is_closing())
    try:
        await on_con_lost
    finally:
        transport.close()
    return protocol.answers


async def main():
    loop = asyncio.get_running_loop()
    print("Starting UDP server")
    transport, protocol = await loop.create_datagram_endpoint(EchoServerProtocol, local_addr=("127.0.0.1", 8900))
    print(type(transport).__name__, isinstance(protocol, asyncio.DatagramProtocol))
    try:
        print(await asyncio.gather(client(loop, "A", ["one", "two"]), client(loop, "B", ["three"])))
        await asyncio.sleep(1)
    finally:
        transport.close()
    print(transport.is_closing())
    await asyncio.sleep(0)
    print("done")


asyncio.run(main())
