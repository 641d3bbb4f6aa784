# The loop's low-level socket coroutines on non-blocking sockets: an echo server with
# sock_accept/sock_recv/sock_sendall, clients with sock_connect, recv_into and UDP.
import asyncio
import socket

PORT = 50751


async def handle(loop, conn, n):
    with conn:
        while True:
            data = await loop.sock_recv(conn, 100)
            if not data:
                print(f"{loop.time():.1f} handler {n}: closed")
                return
            print(f"{loop.time():.1f} handler {n}: {data!r}")
            await loop.sock_sendall(conn, data.upper())


async def server(loop, srv, count):
    tasks = []
    for n in range(count):
        conn, addr = await loop.sock_accept(srv)
        print(f"{loop.time():.1f} accepted {n}", addr[0], conn.gettimeout())
        tasks.append(asyncio.create_task(handle(loop, conn, n), name=f"handler-{n}"))
    await asyncio.gather(*tasks)


async def client(loop, name, words, pause):
    s = socket.socket()
    s.setblocking(False)
    await loop.sock_connect(s, ("127.0.0.1", PORT))
    buf = bytearray(16)
    for w in words:
        await asyncio.sleep(pause)
        await loop.sock_sendall(s, w.encode())
        n = await loop.sock_recv_into(s, buf)
        print(f"{loop.time():.1f} {name}: {bytes(buf[:n])!r}")
    s.close()


async def main():
    loop = asyncio.get_running_loop()
    srv = socket.socket()
    srv.bind(("127.0.0.1", PORT))
    srv.listen()
    srv.setblocking(False)
    st = asyncio.create_task(server(loop, srv, 2), name="server")
    await asyncio.gather(
        client(loop, "a", ["one", "two"], 0.5),
        client(loop, "b", ["three"], 0.7),
    )
    await st
    srv.close()

    bad = socket.socket()
    bad.setblocking(False)
    try:
        await loop.sock_connect(bad, ("127.0.0.1", PORT))
    except OSError as e:
        print("refused:", type(e).__name__, e)
    bad.close()

    r = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    r.bind(("127.0.0.1", PORT + 1))
    r.setblocking(False)
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    s.setblocking(False)

    async def later():
        await asyncio.sleep(0.25)
        await loop.sock_sendto(s, b"datagram", ("127.0.0.1", PORT + 1))

    t = asyncio.create_task(later())
    data, addr = await loop.sock_recvfrom(r, 100)
    print(f"{loop.time():.2f} udp:", data, addr[0])
    await t
    r.close()
    s.close()

    a, b = socket.socketpair()
    a.setblocking(False)
    b.setblocking(False)
    reader = asyncio.create_task(loop.sock_recv(b, 10))
    await asyncio.sleep(0.1)
    print("pending:", reader.done(), reader.get_name())
    await loop.sock_sendall(a, b"pair")
    print(f"{loop.time():.2f} pair:", await reader)
    a.close()
    b.close()


asyncio.run(main())
