import asyncio

async def shared():
    await asyncio.sleep(1)
    print("shared computed")
    return 7

async def consumer(name, task):
    print(name, "waits")
    value = await task
    print(name, "got", value)

async def main():
    t = asyncio.create_task(shared())
    await asyncio.gather(consumer("c1", t), consumer("c2", t), consumer("c3", t))
    print("again:", await t)

asyncio.run(main())
