import asyncio

def cb(label, loop):
    print(f"{label} at {loop.time():.2f}")

async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    loop.call_later(0.3, cb, "later 0.3", loop)
    loop.call_at(start + 0.1, cb, "at +0.1", loop)
    loop.call_soon(cb, "soon 1", loop)
    loop.call_soon(cb, "soon 2", loop)
    h = loop.call_later(0.2, cb, "cancelled", loop)
    h.cancel()
    print("scheduled, cancelled:", h.cancelled())
    await asyncio.sleep(0)
    print("after sleep(0)")
    await asyncio.sleep(0.5)
    print("end", loop.time() - start)

asyncio.run(main())
