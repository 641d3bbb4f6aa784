import asyncio

async def job(delay):
    await asyncio.sleep(delay)
    return delay

async def main():
    ts = [asyncio.create_task(job(d)) for d in (0.1, 0.4, 0.9)]
    done, pending = await asyncio.wait(ts, timeout=0.5)
    print("timeout 0.5:", sorted(t.result() for t in done), len(pending))
    done, pending = await asyncio.wait(ts)
    print("all:", sorted(t.result() for t in done), len(pending))
    try:
        await asyncio.wait([])
    except ValueError as e:
        print("ValueError:", e)

asyncio.run(main())
