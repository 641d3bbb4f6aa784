# The protocol API over Unix sockets: loop.create_unix_server and loop.create_unix_connection with
# Protocol classes, three clients gathered (a Unix connect completes at once, so the order of
# callbacks differs from TCP's), the sockets' reprs, start_serving=False, and from 3.13
# cleanup_socket=False keeping the socket file after close. Paths relative to a fresh directory.
import asyncio
import os
import sys
import tempfile

base = tempfile.mkdtemp()


def rel(text):
    return str(text).replace(base + "/", "")


class Upper(asyncio.Protocol):
    def connection_made(self, transport):
        self.transport = transport
        print("server: made", repr(transport.get_extra_info("peername")), rel(transport.get_extra_info("socket")))

    def data_received(self, data):
        print("server: data", data)
        self.transport.write(data.upper())

    def eof_received(self):
        print("server: eof")
        self.transport.close()

    def connection_lost(self, exc):
        print("server: lost", exc)


class Client(asyncio.Protocol):
    def __init__(self, name, done):
        self.name = name
        self.done = done

    def connection_made(self, transport):
        print(self.name, "made", rel(transport.get_extra_info("peername")))
        transport.write(self.name.encode())
        transport.write_eof()

    def data_received(self, data):
        print(self.name, "data", data)

    def eof_received(self):
        print(self.name, "eof")

    def connection_lost(self, exc):
        print(self.name, "lost", exc)
        self.done.set_result(None)


async def client(loop, name, path):
    done = loop.create_future()
    transport, protocol = await loop.create_unix_connection(lambda: Client(name, done), path)
    print(name, "connected", rel(transport))
    await done


async def main():
    loop = asyncio.get_running_loop()
    path = os.path.join(base, "upper.sock")
    server = await loop.create_unix_server(Upper, path, start_serving=False)
    print("not serving yet", server.is_serving(), rel(server.sockets[0]))
    try:
        await loop.create_unix_connection(asyncio.Protocol, path)
    except OSError as e:
        print("before start_serving:", type(e).__name__, e)
    await server.start_serving()
    await asyncio.gather(client(loop, "a", path), client(loop, "b", path), client(loop, "c", path))
    server.close()
    await server.wait_closed()
    print("file after close", os.path.exists(path))
    if sys.version_info >= (3, 13):
        kept = await loop.create_unix_server(Upper, path, cleanup_socket=False)
    else:
        kept = await loop.create_unix_server(Upper, path)
    kept.close()
    await kept.wait_closed()
    print("kept", os.path.exists(path))
    for bad in (dict(), dict(ssl=True)):
        try:
            await loop.create_unix_server(Upper, **bad)
        except (TypeError, ValueError) as e:
            print(type(e).__name__, e)


asyncio.run(main())
