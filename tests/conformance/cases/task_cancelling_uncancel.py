import asyncio

async def stubborn():
    task = asyncio.current_task()
    for i in range(3):
        try:
            await asyncio.sleep(1)
            print("slept", i)
        except asyncio.CancelledError:
            print("cancel request", i, "cancelling =", task.cancelling())
            print("uncancel ->", task.uncancel())
    return "survived"

async def main():
    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0.5)
    t.cancel()
    t.cancel()
    print("after two cancels:", t.cancelling())
    await asyncio.sleep(1)
    t.cancel()
    print(await t, t.cancelling(), t.cancelled())

asyncio.run(main())
