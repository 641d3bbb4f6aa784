# UDP endpoints' errors as Linux and CPython report them: an address in use, a connected socket
# whose peer has nobody listening (ConnectionRefusedError to error_received), sendto with another
# address on a connected transport, data that is not bytes, sendto after close (before and after
# connection_lost), abort, an empty datagram, argument errors, the transport's repr and extra info.
import asyncio


class Recorder(asyncio.DatagramProtocol):
    def __init__(self, name):
        self.name = name
        self.lost = asyncio.get_running_loop().create_future()

    def connection_made(self, transport):
        print(self.name, "made", type(transport).__name__)

    def datagram_received(self, data, addr):
        print(self.name, "datagram", data, addr)

    def error_received(self, exc):
        print(self.name, "error_received", type(exc).__name__, exc)

    def connection_lost(self, exc):
        print(self.name, "lost", exc)
        self.lost.set_result(None)


async def attempt(what, coro):
    try:
        result = await coro
    except Exception as e:
        print(what, type(e).__name__, e)
    else:
        print(what, "ok")
        return result


async def main():
    loop = asyncio.get_running_loop()
    server, sp = await loop.create_datagram_endpoint(lambda: Recorder("server"), local_addr=("127.0.0.1", 8901))
    print(server)
    print(server.get_extra_info("socket"))
    print(server.get_extra_info("sockname"), server.get_extra_info("peername"), server.get_extra_info("nothing", 5))
    await attempt("in use", loop.create_datagram_endpoint(asyncio.DatagramProtocol, local_addr=("127.0.0.1", 8901)))
    await attempt("no address", loop.create_datagram_endpoint(asyncio.DatagramProtocol))
    await attempt("not a tuple", loop.create_datagram_endpoint(asyncio.DatagramProtocol, local_addr="127.0.0.1:8901"))

    # A connected socket whose peer port has nobody: the kernel's ICMP answer comes back as an error.
    client, cp = await loop.create_datagram_endpoint(
        lambda: Recorder("client"), local_addr=("127.0.0.1", 8902), remote_addr=("127.0.0.1", 8903)
    )
    print(client.get_extra_info("sockname"), client.get_extra_info("peername"))
    client.sendto(b"anyone?")
    print("sent")
    await asyncio.sleep(0)
    print("after one step")
    await asyncio.sleep(0.1)
    try:
        client.sendto(b"x", ("127.0.0.1", 8901))
    except ValueError as e:
        print("other address:", e)
    try:
        client.sendto("text")
    except TypeError as e:
        print("str:", e)

    # Unconnected: sends to a port nobody has are lost without a word.
    free, fp = await loop.create_datagram_endpoint(lambda: Recorder("free"), local_addr=("127.0.0.1", 8904))
    free.sendto(b"lost", ("127.0.0.1", 8905))
    free.sendto(b"hello", ("127.0.0.1", 8901))
    free.sendto(b"", ("127.0.0.1", 8901))
    free.sendto(bytearray(b"again"), ("127.0.0.1", 8901))
    await asyncio.sleep(0.1)
    server.sendto(b"back", ("127.0.0.1", 8904))
    await asyncio.sleep(0.1)

    free.close()
    print(free.is_closing(), free)
    free.sendto(b"while closing", ("127.0.0.1", 8901))
    await fp.lost
    print(free)
    try:
        free.sendto(b"after close", ("127.0.0.1", 8901))
    except Exception as e:
        print("after close:", type(e).__name__, e)
    await asyncio.sleep(0.1)

    client.close()
    await cp.lost
    client.sendto(b"after close")
    print("connected after close: no error")
    server.abort()
    await sp.lost
    print(server.is_closing())


asyncio.run(main())
