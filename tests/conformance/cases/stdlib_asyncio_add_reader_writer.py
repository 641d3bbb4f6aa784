# loop.add_reader/add_writer/remove_reader/remove_writer on the program's sockets: a callback
# server on a listening socket, clients in the loop, a replaced reader, a writer removed after
# three calls, and the errors.
import asyncio
import socket


async def main():
    loop = asyncio.get_running_loop()
    srv = socket.socket()
    srv.bind(('127.0.0.1', 0))
    srv.listen()
    srv.setblocking(False)
    conns = []

    def on_data(conn, n):
        data = conn.recv(100)
        print(f'{loop.time():.2f} conn {n} read {data!r}')
        if data:
            conn.send(data.upper())
        else:
            print(' removed', loop.remove_reader(conn), loop.remove_reader(conn))
            conn.close()

    def on_accept():
        conn, _ = srv.accept()
        conn.setblocking(False)
        conns.append(conn)
        print(f'{loop.time():.2f} accepted conn {len(conns)}')
        loop.add_reader(conn, on_data, conn, len(conns))

    loop.add_reader(srv.fileno(), on_accept)

    async def client(name, delay):
        await asyncio.sleep(delay)
        reader, writer = await asyncio.open_connection('127.0.0.1', srv.getsockname()[1])
        for word in ('one', 'two'):
            writer.write(f'{name}-{word}'.encode())
            print(f'{loop.time():.2f} {name} got', await reader.read(100))
            await asyncio.sleep(0.1)
        writer.close()
        await writer.wait_closed()

    await asyncio.gather(client('a', 0.1), client('b', 0.15))
    await asyncio.sleep(0.05)
    print('server reader removed', loop.remove_reader(srv))

    a, b = socket.socketpair()
    a.setblocking(False)
    loop.add_reader(a, lambda: print('first reader'))
    loop.add_reader(a, lambda: print(f'{loop.time():.2f} second reader', a.recv(10)))
    loop.call_soon(print, 'call_soon runs first')
    b.send(b'x')
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print('removed', loop.remove_reader(a))
    calls = []

    def writable():
        calls.append(loop.time())
        if len(calls) == 3:
            print('writer removed', loop.remove_writer(b.fileno()), len(calls))

    loop.add_writer(b.fileno(), writable)
    await asyncio.sleep(0.1)
    print('writer calls', len(calls), loop.remove_writer(b))
    for bad in ('x', -1):
        try:
            loop.add_reader(bad, print)
        except ValueError as e:
            print('ValueError', e)
    a.close()
    b.close()
    srv.close()


asyncio.run(main())
