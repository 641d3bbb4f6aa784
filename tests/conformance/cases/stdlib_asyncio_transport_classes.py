# asyncio's transport classes (asyncio.BaseTransport, ReadTransport, WriteTransport, Transport,
# DatagramTransport): which of them a stream's and a UDP endpoint's transports are on each
# version (the datagram transport is a DatagramTransport from 3.12 on), their methods'
# defaults, and a program's own Transport subclass.
import asyncio


class Loopback(asyncio.Transport):
    def __init__(self, protocol):
        super().__init__({"peername": "nowhere"})
        self.protocol = protocol
        self.closing = False

    def write(self, data):
        self.protocol.data_received(data)

    def is_closing(self):
        return self.closing

    def close(self):
        self.closing = True
        self.protocol.connection_lost(None)


class Show(asyncio.Protocol):
    def data_received(self, data):
        print("data", data)

    def connection_lost(self, exc):
        print("lost", exc)


async def handle(reader, writer):
    writer.close()
    await writer.wait_closed()


def kinds(obj):
    names = ["BaseTransport", "ReadTransport", "WriteTransport", "Transport", "DatagramTransport"]
    return [n for n in names if isinstance(obj, getattr(asyncio, n))]


async def main():
    loop = asyncio.get_running_loop()
    server = await asyncio.start_server(handle, "127.0.0.1", 8960)
    reader, writer = await asyncio.open_connection("127.0.0.1", 8960)
    print("stream", kinds(writer.transport))
    udp, _ = await loop.create_datagram_endpoint(asyncio.DatagramProtocol, local_addr=("127.0.0.1", 8961))
    print("udp", kinds(udp))
    print(asyncio.Transport.__mro__)
    print(asyncio.DatagramTransport.__module__, issubclass(asyncio.DatagramTransport, asyncio.BaseTransport))
    t = Loopback(Show())
    print(kinds(t), t.get_extra_info("peername"), t.get_extra_info("x", 1))
    t.writelines([b"a", b"b"])
    for name in ("pause_reading", "get_write_buffer_size", "abort", "write_eof", "can_write_eof", "is_reading"):
        try:
            getattr(t, name)()
        except NotImplementedError as e:
            print(name, "NotImplementedError", e)
    base = asyncio.BaseTransport()
    print(base.get_extra_info("a"), base.get_extra_info("a", 2))
    try:
        base.close()
    except NotImplementedError:
        print("BaseTransport.close NotImplementedError")
    t.close()
    writer.close()
    await writer.wait_closed()
    udp.close()
    server.close()
    await server.wait_closed()


asyncio.run(main())
