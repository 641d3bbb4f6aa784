import asyncio

async def inner():
    try:
        await asyncio.sleep(5)
    finally:
        print("inner finally")

async def middle():
    try:
        await inner()
    except asyncio.CancelledError:
        print("middle saw cancel")
        raise
    finally:
        print("middle finally")

async def outer():
    try:
        await middle()
    finally:
        print("outer finally")

async def main():
    t = asyncio.create_task(outer())
    await asyncio.sleep(2)
    t.cancel("enough")
    done, _ = await asyncio.wait([t])
    print("cancelled:", t.cancelled())
    try:
        t.result()
    except asyncio.CancelledError as e:
        print("result() raises CancelledError", e.args)

asyncio.run(main())
