import asyncio

async def important():
    await asyncio.sleep(1)
    print("important work finished")
    return "saved"

async def main():
    inner = asyncio.create_task(important())
    try:
        await asyncio.wait_for(asyncio.shield(inner), timeout=0.5)
    except TimeoutError:
        print("waiting timed out, inner cancelled?", inner.cancelled())
    print("result:", await inner)

    async def canceller(task):
        await asyncio.sleep(0.1)
        task.cancel()

    inner2 = asyncio.create_task(important())
    me = asyncio.current_task()
    asyncio.create_task(canceller(me))
    try:
        await asyncio.shield(inner2)
    except asyncio.CancelledError:
        print("main cancelled but inner2 keeps going")
        me.uncancel()
    print("result 2:", await inner2)

asyncio.run(main())
