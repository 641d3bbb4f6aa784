import asyncio

async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(None) as cm:
            print("when:", cm.when())
            cm.reschedule(loop.time() + 1)
            print("rescheduled to", cm.when())
            await asyncio.sleep(0.5)
            cm.reschedule(loop.time() + 2)
            print("pushed back to", cm.when())
            await asyncio.sleep(5)
    except TimeoutError:
        print("timed out at", loop.time())
    async with asyncio.timeout(1) as cm:
        cm.reschedule(None)
        await asyncio.sleep(2)
    print("reschedule(None) disabled it at", loop.time())

asyncio.run(main())
