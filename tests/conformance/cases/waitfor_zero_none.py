import asyncio

async def quick():
    return "quick"

async def sleepy():
    await asyncio.sleep(1)
    return "sleepy"

async def main():
    print(await asyncio.wait_for(sleepy(), timeout=None))
    try:
        print(await asyncio.wait_for(sleepy(), timeout=0))
    except TimeoutError:
        print("timeout=0 timed out")
    try:
        print(await asyncio.wait_for(quick(), timeout=0))
    except TimeoutError:
        print("timeout=0 timed out for quick too")
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.set_result("ready")
    print(await asyncio.wait_for(fut, timeout=0))

asyncio.run(main())
