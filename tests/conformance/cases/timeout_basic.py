import asyncio

async def main():
    try:
        async with asyncio.timeout(1) as cm:
            print("inside, expired?", cm.expired())
            await asyncio.sleep(2)
            print("not reached")
    except TimeoutError:
        print("TimeoutError after", asyncio.get_running_loop().time())
    print("expired:", cm.expired())

    async with asyncio.timeout(1) as cm2:
        await asyncio.sleep(0.5)
    print("in time, expired:", cm2.expired())

    async with asyncio.timeout(None) as cm3:
        await asyncio.sleep(3)
    print("no deadline:", cm3.when())

asyncio.run(main())
