# Handlers that wait_for readexactly: one client sends too little and closes (IncompleteReadError),
# one sends enough, one sends nothing (TimeoutError).
import asyncio

async def handle(reader, writer):
    print("peer", writer.get_extra_info("peername")[0])
    try:
        data = await asyncio.wait_for(reader.readexactly(4), 0.5)
        print("got", data)
    except (asyncio.TimeoutError, asyncio.IncompleteReadError) as e:
        print("handler:", type(e).__name__, e)
    finally:
        writer.close()

async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 8873)
    r1, w1 = await asyncio.open_connection("127.0.0.1", 8873)
    r2, w2 = await asyncio.open_connection("127.0.0.1", 8873)
    r3, w3 = await asyncio.open_connection("127.0.0.1", 8873)
    w1.write(b"ab")
    w1.close()
    w2.write(b"abcd")
    await asyncio.sleep(1)
    print(await r2.read(), await r3.read())
    for w in (w2, w3):
        w.close()
        await w.wait_closed()
    server.close()
    await server.wait_closed()
    print(server.is_serving())

asyncio.run(main())
