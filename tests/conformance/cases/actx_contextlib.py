import asyncio
import contextlib

@contextlib.asynccontextmanager
async def timed(label):
    loop = asyncio.get_running_loop()
    start = loop.time()
    print("enter", label)
    try:
        yield label.upper()
    finally:
        print(f"exit {label} after {loop.time() - start:.2f}s")

async def main():
    async with timed("outer") as o:
        print("got", o)
        async with timed("inner"):
            await asyncio.sleep(0.25)
        await asyncio.sleep(0.5)
    async with contextlib.AsyncExitStack() as stack:
        for name in ("a", "b"):
            await stack.enter_async_context(timed(name))
        await asyncio.sleep(0.1)

asyncio.run(main())
