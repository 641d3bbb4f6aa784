# serve_forever in a task, clients waiting while the server closes, then cancelling serve_forever.
import asyncio


async def handle(reader, writer):
    print("handler waits", writer.get_extra_info("sockname"))
    data = await reader.read(10)
    print("handler got", data)
    writer.close()
    await writer.wait_closed()


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 8898)
    task = asyncio.create_task(server.serve_forever())
    await asyncio.sleep(0)
    reader, writer = await asyncio.open_connection("127.0.0.1", 8898)
    await asyncio.sleep(0.5)
    server.close()
    print("serving", server.is_serving(), task.done())
    closing = asyncio.create_task(server.wait_closed())
    await asyncio.sleep(0.5)
    print("wait_closed done while a client is connected:", closing.done())
    writer.write(b"late")
    await writer.drain()
    print(await reader.read(), reader.at_eof())
    writer.close()
    await writer.wait_closed()
    await closing
    print("task", task.cancelled(), asyncio.get_running_loop().time())


asyncio.run(main())
