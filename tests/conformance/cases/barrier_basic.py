import asyncio

async def party(barrier, name, delay):
    await asyncio.sleep(delay)
    print(name, "arrives")
    pos = await barrier.wait()
    print(name, "passes with index", pos)

async def main():
    barrier = asyncio.Barrier(3)
    print(barrier.parties, barrier.n_waiting)
    await asyncio.gather(*(party(barrier, n, d) for n, d in [("a", 0.3), ("b", 0.1), ("c", 0.2)]))
    print("broken:", barrier.broken)
    t = asyncio.create_task(barrier.wait())
    await asyncio.sleep(0)
    await barrier.abort()
    try:
        await t
    except asyncio.BrokenBarrierError:
        print("BrokenBarrierError after abort")

asyncio.run(main())
