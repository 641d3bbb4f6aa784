import asyncio

async def job(name, delay):
    print("start", name)
    await asyncio.sleep(delay)
    print("done", name)
    return name * 2

async def main():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(job("a", 0.2))
        t2 = tg.create_task(job("b", 0.1), name="bee")
        print("tasks created")
        await asyncio.sleep(0.05)
        t3 = tg.create_task(job("c", 0.1))
    print("group exited", t1.result(), t2.result(), t3.result())

asyncio.run(main())
