import asyncio

async def polite():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("polite: cleaning up, then re-raising")
        raise

async def rude():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("rude: swallowing cancellation")
    return "rude result"

async def main():
    p = asyncio.create_task(polite())
    r = asyncio.create_task(rude())
    await asyncio.sleep(1)
    p.cancel()
    r.cancel()
    results = await asyncio.gather(p, r, return_exceptions=True)
    print([type(x).__name__ for x in results])
    print("polite cancelled:", p.cancelled(), "rude cancelled:", r.cancelled())

asyncio.run(main())
