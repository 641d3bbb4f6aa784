import asyncio

async def victim():
    try:
        print("victim sleeping")
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        print("victim cancelled with args", e.args)
        raise

async def main():
    t = asyncio.create_task(victim())
    await asyncio.sleep(1)
    print("cancel returns", t.cancel("stop now"))
    print("cancelled yet?", t.cancelled(), t.done())
    try:
        await t
    except asyncio.CancelledError as e:
        print("main saw CancelledError", e.args)
    print("cancelled:", t.cancelled(), "done:", t.done())
    print("cancel again returns", t.cancel())

asyncio.run(main())
