"""A multi-phase simulation: workers meet at a Barrier between rounds, a Condition guards a
shared ledger that a reporter waits on, and an Event stops everything."""
import asyncio
import random

rng = random.Random(7)
ROUNDS = 3


class Ledger:
    def __init__(self):
        self.cond = asyncio.Condition()
        self.entries = []

    async def record(self, who, amount):
        async with self.cond:
            self.entries.append((who, amount))
            self.cond.notify_all()

    async def wait_for_count(self, n):
        async with self.cond:
            await self.cond.wait_for(lambda: len(self.entries) >= n)
            return list(self.entries[-n:])


async def worker(name, barrier, ledger, stop):
    loop = asyncio.get_running_loop()
    for rnd in range(ROUNDS):
        await asyncio.sleep(round(rng.uniform(0.05, 0.3), 2))
        await ledger.record(name, rng.randint(1, 100))
        try:
            index = await barrier.wait()
        except asyncio.BrokenBarrierError:
            print(f"{name} released by abort in round {rnd}")
            return rnd
        if index == 0:
            print(f"{loop.time():.2f} round {rnd} complete (last in: {name})")
        if stop.is_set():
            print(f"{name} sees stop after round {rnd}")
            return rnd
    return ROUNDS


async def reporter(ledger, n_workers, stop, barrier):
    totals = {}
    for rnd in range(ROUNDS):
        batch = await ledger.wait_for_count(n_workers * (rnd + 1))
        for who, amt in batch[-n_workers:]:
            totals[who] = totals.get(who, 0) + amt
        print(f"reporter round {rnd}: {sorted(totals.items())}")
        if rnd == 1:
            stop.set()
            await asyncio.sleep(0.05)
            print("reporter aborts the barrier; waiting:", barrier.n_waiting)
            await barrier.abort()


async def main():
    names = ["w1", "w2", "w3"]
    barrier = asyncio.Barrier(len(names))
    ledger = Ledger()
    stop = asyncio.Event()
    print(barrier.parties, barrier.n_waiting, barrier.broken)
    workers = [asyncio.create_task(worker(n, barrier, ledger, stop)) for n in names]
    rep = asyncio.create_task(reporter(ledger, len(names), stop, barrier))
    finished = await asyncio.gather(*workers)
    rep.cancel()
    try:
        await rep
    except asyncio.CancelledError:
        print("reporter cancelled")
    print("rounds finished:", finished, "entries:", len(ledger.entries))
    try:
        await barrier.wait()
    except asyncio.BrokenBarrierError:
        print("barrier broken:", barrier.broken)


asyncio.run(main())
