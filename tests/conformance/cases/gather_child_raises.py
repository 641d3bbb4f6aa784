import asyncio

async def slow(name, n):
    await asyncio.sleep(n)
    print(name, "finished anyway")
    return name

async def bad():
    await asyncio.sleep(0.5)
    raise RuntimeError("boom")

async def main():
    a = asyncio.create_task(slow("a", 1))
    b = asyncio.create_task(slow("b", 2))
    try:
        await asyncio.gather(a, bad(), b)
    except RuntimeError as e:
        print("gather raised:", e)
    print("a done?", a.done(), "b done?", b.done())
    await asyncio.sleep(2)
    print("a:", a.result(), "b:", b.result())

asyncio.run(main())
