import asyncio

async def waiter(fut, name):
    print(name, "waiting")
    value = await fut
    print(name, "got", value)
    return value

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    t1 = loop.create_task(waiter(fut, "w1"))
    t2 = asyncio.create_task(waiter(fut, "w2"))
    loop.call_later(1, fut.set_result, "hello")
    print("future done?", fut.done())
    await asyncio.sleep(0)
    print(await t1, await t2, fut.result())

asyncio.run(main())
