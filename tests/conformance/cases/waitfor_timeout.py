import asyncio

async def slow():
    try:
        print("slow started")
        await asyncio.sleep(5)
        print("slow finished")
    except asyncio.CancelledError:
        print("slow was cancelled")
        raise

async def main():
    try:
        await asyncio.wait_for(slow(), timeout=1.5)
    except TimeoutError as e:
        print("timed out:", type(e).__name__, e.args)
    t = asyncio.create_task(slow())
    try:
        await asyncio.wait_for(t, 0.5)
    except asyncio.TimeoutError:
        print("task cancelled?", t.cancelled())

asyncio.run(main())
