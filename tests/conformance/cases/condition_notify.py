import asyncio

async def consumer(cond, name, items):
    async with cond:
        while not items:
            print(name, "waits")
            await cond.wait()
        print(name, "takes", items.pop(0))

async def main():
    cond = asyncio.Condition()
    items = []
    consumers = [asyncio.create_task(consumer(cond, f"c{i}", items)) for i in range(3)]
    await asyncio.sleep(0.1)
    async with cond:
        items.append("first")
        cond.notify()
    await asyncio.sleep(0.1)
    async with cond:
        items.extend(["second", "third"])
        cond.notify_all()
    await asyncio.gather(*consumers)
    try:
        cond.notify()
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(main())
