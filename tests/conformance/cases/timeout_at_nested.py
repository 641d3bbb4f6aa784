import asyncio

async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout_at(loop.time() + 2):
            try:
                async with asyncio.timeout(1):
                    await asyncio.sleep(3)
            except TimeoutError:
                print("inner timed out at", loop.time())
            await asyncio.sleep(3)
    except TimeoutError:
        print("outer timed out at", loop.time())

    try:
        async with asyncio.timeout(1):
            async with asyncio.timeout(5):
                await asyncio.sleep(10)
    except TimeoutError:
        print("outer (shorter) won at", loop.time())

    try:
        async with asyncio.timeout_at(loop.time() - 1):
            print("already expired body runs")
            await asyncio.sleep(0)
            print("not reached")
    except TimeoutError:
        print("expired deadline at", loop.time())

asyncio.run(main())
