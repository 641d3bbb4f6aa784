import asyncio

def bad_callback(n):
    print("callback running", n)
    return 1 / n

async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(bad_callback, 0)
    loop.call_soon(bad_callback, 2)
    await asyncio.sleep(0.1)
    print("main still fine")

asyncio.run(main())
