import asyncio

async def main():
    loop = asyncio.get_running_loop()
    f1 = loop.create_future()
    f1.set_result("one")
    f2 = loop.create_future()
    f2.set_result("two")
    print(await asyncio.gather(f1, f2))
    print(await asyncio.gather())
    f3 = loop.create_future()
    f3.set_exception(LookupError("nope"))
    print(await asyncio.gather(f1, f3, return_exceptions=True))
    t = asyncio.create_task(asyncio.sleep(0, "task"))
    await t
    print(await asyncio.gather(t, f2, t))

asyncio.run(main())
