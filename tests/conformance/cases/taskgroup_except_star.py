import asyncio

async def raise_after(delay, exc):
    await asyncio.sleep(delay)
    raise exc

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(raise_after(0.1, ValueError("v")))
            tg.create_task(raise_after(0.1, TypeError("t")))
            tg.create_task(raise_after(0.3, KeyError("k")))
    except* ValueError as group:
        print("ValueErrors:", [str(e) for e in group.exceptions])
    except* TypeError as group:
        print("TypeErrors:", [str(e) for e in group.exceptions])
    print("after except*")

asyncio.run(main())
