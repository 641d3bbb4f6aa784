# UDP endpoints beyond the echo: a server bound to the wildcard address answering a connected
# client, a connected socket that takes datagrams from its peer only, sends to a refused peer
# (the pending error raised by the next send, then by the next read), a datagram too long for
# UDP, sendto without an address on an unconnected transport (a fatal error: the exception handler
# and connection_lost get the TypeError), and the protocol's callbacks running in the loop's order.
import asyncio


class Show(asyncio.DatagramProtocol):
    def __init__(self, name):
        self.name = name
        self.transport = None
        self.lost = asyncio.get_running_loop().create_future()

    def connection_made(self, transport):
        self.transport = transport
        print(self.name, "made")

    def datagram_received(self, data, addr):
        print(self.name, "got", data, addr[0])
        if data.startswith(b"ping"):
            self.transport.sendto(b"pong" + data[4:], addr)

    def error_received(self, exc):
        print(self.name, "error", type(exc).__name__, exc)

    def connection_lost(self, exc):
        print(self.name, "lost", type(exc).__name__, exc)
        self.lost.set_result(None)


def handler(loop, context):
    print("handler:", context["message"], type(context["exception"]).__name__, context["exception"])


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    server, sp = await loop.create_datagram_endpoint(lambda: Show("server"), local_addr=("0.0.0.0", 8910))
    print("server sockname", server.get_extra_info("sockname"))
    client, cp = await loop.create_datagram_endpoint(lambda: Show("client"), remote_addr=("127.0.0.1", 8910))
    print("client peer", client.get_extra_info("peername"), client.get_extra_info("sockname")[0])
    for i in range(3):
        client.sendto(b"ping%d" % i)
    await asyncio.sleep(0.5)

    # A third socket sends to the connected client: the client's kernel drops it.
    other, op = await loop.create_datagram_endpoint(lambda: Show("other"), local_addr=("127.0.0.1", 8911))
    other.sendto(b"intruder", client.get_extra_info("sockname"))
    other.sendto(b"ping from other", ("127.0.0.1", 8910))
    await asyncio.sleep(0.5)

    # The refused peer: one send sets the error, the next send raises it, the read after that too.
    lonely, lp = await loop.create_datagram_endpoint(lambda: Show("lonely"), remote_addr=("127.0.0.1", 8919))
    lonely.sendto(b"a")
    lonely.sendto(b"b")
    lonely.sendto(b"c")
    print("three sent")
    await asyncio.sleep(0.5)
    lonely.sendto(b"x" * 70000)
    other.sendto(b"y" * 65507, ("127.0.0.1", 8919))
    await asyncio.sleep(0.5)

    other.sendto(b"no address")
    print("after the bad send", other.is_closing())
    await op.lost
    for t, p in ((server, sp), (client, cp), (lonely, lp)):
        t.close()
        await p.lost
    print("done")


asyncio.run(main())
