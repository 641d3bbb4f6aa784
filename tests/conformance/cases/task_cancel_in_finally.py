import asyncio

async def worker():
    try:
        print("working")
        await asyncio.sleep(5)
    finally:
        print("cleanup start")
        await asyncio.sleep(1)
        print("cleanup end")

async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(1)
    t.cancel()
    await asyncio.sleep(0.5)
    print("cleanup in progress, cancel again")
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("worker cancelled", t.cancelled())

asyncio.run(main())
