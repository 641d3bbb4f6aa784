# Writes after the server closed the connection: the first is answered by a reset, the next fails
# (broken pipe) and closes the transport; later ones are dropped. Nobody awaits wait_closed():
# CPython reports nothing (its StreamReaderProtocol retrieves the error).
import asyncio
async def handle(r, w):
    w.close()
async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 8885)
    r, w = await asyncio.open_connection("127.0.0.1", 8885)
    await asyncio.sleep(0.1)
    for i in range(8):
        w.write(b"x")
        await asyncio.sleep(0)
    print("closing", w.is_closing())
    print("done")
asyncio.run(main())
