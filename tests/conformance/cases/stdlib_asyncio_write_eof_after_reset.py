"""write_eof() on a socket transport whose peer reset the connection (it closed with our bytes
unread) before the transport read anything (its reading is paused): shutdown(SHUT_WR) fails with
ENOTCONN, as on Linux; a second write_eof() does nothing. A connection still open takes it."""
import asyncio, errno, socket


class Server(asyncio.Protocol):
    def connection_made(self, tr):
        self.tr = tr
        tr.pause_reading()
        tr.write(b'hello')
        print('server: connected, reading paused, sent hello')

    def connection_lost(self, exc):
        print('server: connection_lost', repr(exc))


async def main():
    loop = asyncio.get_running_loop()
    protos = []
    srv = await loop.create_server(lambda: protos.append(Server()) or protos[-1], '127.0.0.1', 0)
    port = srv.sockets[0].getsockname()[1]

    c = socket.socket()
    c.setblocking(False)
    await loop.sock_connect(c, ('127.0.0.1', port))
    await asyncio.sleep(0.01)
    c.close()  # hello unread: the server's end gets a reset
    await asyncio.sleep(0.01)
    tr = protos[0].tr
    print('is_closing', tr.is_closing(), 'can_write_eof', tr.can_write_eof())
    try:
        tr.write_eof()
        print('write_eof ok')
    except OSError as e:
        print('write_eof', type(e).__name__, errno.errorcode[e.errno], e)
    tr.write_eof()
    print('second write_eof: nothing')
    tr.close()
    await asyncio.sleep(0.01)

    # A connection still open: write_eof sends the end of the stream.
    c = socket.socket()
    c.setblocking(False)
    await loop.sock_connect(c, ('127.0.0.1', port))
    await asyncio.sleep(0.01)
    tr = protos[1].tr
    tr.write_eof()
    print('client reads', await loop.sock_recv(c, 100), await loop.sock_recv(c, 100))
    c.close()
    tr.close()
    await asyncio.sleep(0.01)
    srv.close()
    await srv.wait_closed()


asyncio.run(main())
