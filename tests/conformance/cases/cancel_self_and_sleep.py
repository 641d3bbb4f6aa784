import asyncio

async def self_cancel():
    me = asyncio.current_task()
    me.cancel()
    print("cancel requested on myself; still running")
    try:
        await asyncio.sleep(0)
    except asyncio.CancelledError:
        print("cancelled at the next await")
        raise

async def main():
    t = asyncio.create_task(self_cancel())
    await asyncio.sleep(0.1)
    print("state:", t.cancelled())
    try:
        asyncio.current_task().cancel()
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("main cancelled itself at", asyncio.get_running_loop().time())
        asyncio.current_task().uncancel()
    print("main continues")

asyncio.run(main())
