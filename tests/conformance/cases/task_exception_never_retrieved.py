import asyncio

async def fail(n):
    await asyncio.sleep(n)
    raise ValueError(f"failure {n}")

async def main():
    asyncio.create_task(fail(0.1))
    t = asyncio.create_task(fail(0.2))
    await asyncio.sleep(0.5)
    print("retrieved:", t.exception())
    print("main done")

asyncio.run(main())
