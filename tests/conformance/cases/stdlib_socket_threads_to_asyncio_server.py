# Blocking socket clients in threads talk to an asyncio echo server running in the main thread:
# the event loop's wait for I/O wakes when a thread's bytes arrive.
import asyncio
import socket
import threading
import time

PORT = 50781


async def handle(reader, writer):
    while line := await reader.readline():
        print(f"{time.time():.1f} server: {line!r}")
        writer.write(line.upper())
        await writer.drain()
    print(f"{time.time():.1f} server: client left")
    writer.close()
    await writer.wait_closed()


def blocking_client(name, words, pause):
    with socket.create_connection(("127.0.0.1", PORT)) as s:
        for w in words:
            time.sleep(pause)
            s.sendall(f"{w}\n".encode())
            print(f"{time.time():.1f} {name} got {s.recv(100)!r}")
    return name


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", PORT)
    async with server:
        threads = [
            threading.Thread(target=blocking_client, args=("t1", ["a", "b"], 0.5)),
            threading.Thread(target=blocking_client, args=("t2", ["c"], 0.8)),
        ]
        for t in threads:
            t.start()
        done = await asyncio.to_thread(blocking_client, "to_thread", ["d", "e"], 0.3)
        print(f"{time.time():.1f} {done} finished")
        while any(t.is_alive() for t in threads):
            await asyncio.sleep(0.1)
        await asyncio.sleep(0.1)
    print(f"{time.time():.1f} closed")


asyncio.run(main())
