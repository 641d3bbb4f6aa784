# The loop's socket coroutines run as tasks of their own (asyncio.create_task around
# loop.create_server, create_connection, create_datagram_endpoint, create_unix_server and
# create_unix_connection): their coroutines go by CPython's names, which the tasks' lanes show.
import asyncio
import os
import tempfile


async def main():
    loop = asyncio.get_running_loop()
    path = os.path.join(tempfile.mkdtemp(), "m.sock")
    calls = [
        lambda: loop.create_server(asyncio.Protocol, "127.0.0.1", 8950),
        lambda: loop.create_connection(asyncio.Protocol, "127.0.0.1", 8950),
        lambda: loop.create_datagram_endpoint(asyncio.DatagramProtocol, local_addr=("127.0.0.1", 8951)),
        lambda: loop.create_unix_server(asyncio.Protocol, path),
        lambda: loop.create_unix_connection(asyncio.Protocol, path),
    ]
    results = []
    for call in calls:
        coro = call()
        print(coro.__name__, coro.__qualname__)
        task = asyncio.create_task(coro)
        results.append(await task)
    for r in results:
        (r[0] if isinstance(r, tuple) else r).close()
    await asyncio.sleep(0)
    print("done")


asyncio.run(main())
