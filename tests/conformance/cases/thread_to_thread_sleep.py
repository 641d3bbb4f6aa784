# asyncio.to_thread runs a blocking function (time.sleep) in the default executor's thread:
# the event loop keeps running its tasks meanwhile.
import asyncio
import threading
import time


def download(name, seconds):
    print(f"{name}: start in {threading.current_thread().name}")
    time.sleep(seconds)
    print(f"{name}: done")
    return f"{name}-data"


async def heartbeat():
    for i in range(5):
        print(f"heartbeat {i} at {asyncio.get_running_loop().time():.2f}")
        await asyncio.sleep(0.4)


async def main():
    beat = asyncio.create_task(heartbeat())
    data = await asyncio.to_thread(download, "report", 1.0)
    print("got", data)
    both = await asyncio.gather(
        asyncio.to_thread(download, "a", 0.5),
        asyncio.to_thread(download, "b", 0.25),
    )
    print("got", both)
    await beat
    print("main done at", round(time.monotonic(), 2))


asyncio.run(main())
print("after run", round(time.monotonic(), 2))
