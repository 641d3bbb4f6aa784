import asyncio

async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("ignoring cancel once")
        await asyncio.sleep(0.5)
        return "survived"

async def main():
    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0.1)
    t.cancel()
    print(await t, t.cancelled(), t.cancelling())
    t2 = asyncio.create_task(stubborn())
    await asyncio.sleep(0.1)
    t2.cancel()
    await asyncio.sleep(0.1)
    t2.cancel()
    try:
        await t2
    except asyncio.CancelledError:
        print("second cancel won", t2.cancelled())
    x = 0
    while x < 3:
        x += 1
        await asyncio.sleep(0)
    else:
        print("loop else", x)

asyncio.run(main())
