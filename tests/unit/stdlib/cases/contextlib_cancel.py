import asyncio, contextlib
async def worker():
    try:
        await asyncio.sleep(10)
    finally:
        print('worker cleanup')
async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(1)
    t.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await t
    print('suppressed cancel', t.cancelled())
    @contextlib.asynccontextmanager
    async def res(n):
        print('acquire', n)
        try:
            yield n
        finally:
            await asyncio.sleep(0.5)
            print('release', n)
    async def user():
        async with res(1):
            await asyncio.sleep(5)
    u = asyncio.create_task(user())
    await asyncio.sleep(2)
    u.cancel()
    try:
        await u
    except asyncio.CancelledError:
        print('user cancelled')
    try:
        async with asyncio.timeout(1):
            async with res(2) as r:
                await asyncio.sleep(3)
    except TimeoutError:
        print('timed out')
asyncio.run(main())
