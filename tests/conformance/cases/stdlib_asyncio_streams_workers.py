# Three clients each send numbers then EOF; the server answers each after a pause, the clients
# collect the answers in a queue, each within an asyncio.timeout of 1.5 s.
import asyncio

async def handle(reader, writer):
    while True:
        line = await reader.readline()
        if not line:
            break
        n = int(line)
        await asyncio.sleep(n / 10)
        writer.write(b"%d\n" % (n * n))
    writer.close()
    await writer.wait_closed()

async def worker(i, q):
    reader, writer = await asyncio.open_connection("127.0.0.1", 8872)
    for n in range(i, i + 3):
        writer.write(b"%d\n" % n)
    writer.write_eof()
    async with asyncio.timeout(1.5):
        async for line in reader:
            await q.put((i, int(line)))
    writer.close()

async def main():
    q = asyncio.Queue()
    server = await asyncio.start_server(handle, "127.0.0.1", 8872)
    async with server:
        results = await asyncio.gather(*(worker(i, q) for i in range(3)), return_exceptions=True)
        print(results)
    while not q.empty():
        print(q.get_nowait())
    print(asyncio.get_running_loop().time())

asyncio.run(main())
