import asyncio

async def ok(n):
    await asyncio.sleep(n)
    return n

async def bad(n):
    await asyncio.sleep(n)
    raise ValueError(f"bad {n}")

async def main():
    results = await asyncio.gather(ok(0.3), bad(0.1), ok(0.2), return_exceptions=True)
    for r in results:
        print(type(r).__name__, r)
    results = await asyncio.gather(bad(0), asyncio.sleep(0.1, "slept"), return_exceptions=True)
    print([repr(r) for r in results])

asyncio.run(main())
