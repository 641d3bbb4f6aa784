import asyncio

async def ok():
    await asyncio.sleep(0.1)
    return "fine"

async def bad():
    await asyncio.sleep(0.2)
    raise KeyError("missing")

async def main():
    t1 = asyncio.create_task(ok())
    t2 = asyncio.create_task(bad())
    try:
        t1.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    await asyncio.sleep(0.3)
    print(t1.done(), t1.result(), t1.exception())
    print(t2.done(), repr(t2.exception()))
    try:
        t2.result()
    except KeyError as e:
        print("result raised KeyError", e)

asyncio.run(main())
