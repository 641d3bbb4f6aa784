import asyncio

async def never_runs():
    print("this should not print")

async def main():
    t = asyncio.create_task(never_runs())
    t.cancel()
    print("cancel requested; done?", t.done())
    try:
        await t
    except asyncio.CancelledError:
        print("CancelledError caught")
    print("cancelled:", t.cancelled())

asyncio.run(main())
