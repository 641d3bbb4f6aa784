"""A token-bucket rate limiter shared by API clients, with a lock around refills, a
heap-based scheduler of deferred jobs (call_at), and an async context manager."""
import asyncio
import heapq
import itertools
from contextlib import asynccontextmanager


class TokenBucket:
    def __init__(self, rate, capacity):
        self.rate, self.capacity = rate, capacity
        self.tokens = capacity
        self.updated = None
        self.lock = asyncio.Lock()
        self.waited = 0.0

    def _refill(self, now):
        if self.updated is not None:
            self.tokens = min(self.capacity, self.tokens + (now - self.updated) * self.rate)
        self.updated = now

    async def acquire(self, n=1):
        loop = asyncio.get_running_loop()
        async with self.lock:
            self._refill(loop.time())
            while self.tokens < n - 1e-9:
                wait = (n - self.tokens) / self.rate
                self.waited += wait
                await asyncio.sleep(wait)
                self._refill(loop.time())
            self.tokens -= n

    @asynccontextmanager
    async def slot(self, n=1):
        await self.acquire(n)
        try:
            yield self.tokens
        finally:
            pass


class Scheduler:
    def __init__(self):
        self.heap = []
        self.counter = itertools.count()

    def add(self, when, name):
        heapq.heappush(self.heap, (when, next(self.counter), name))

    def start(self, loop, fire):
        while self.heap:
            when, seq, name = heapq.heappop(self.heap)
            loop.call_at(when, fire, name, seq)


async def client(name, bucket, calls, cost):
    loop = asyncio.get_running_loop()
    for i in range(calls):
        async with bucket.slot(cost) as left:
            print(f"{loop.time():6.3f} {name} call {i} (tokens left {left:.2f})")
        await asyncio.sleep(0.01)


async def main():
    loop = asyncio.get_running_loop()
    bucket = TokenBucket(rate=5, capacity=3)
    sched = Scheduler()
    for when, name in [(0.5, "flush"), (0.2, "ping"), (0.5, "gc"), (1.0, "report")]:
        sched.add(loop.time() + when, name)
    fired = []
    sched.start(loop, lambda name, seq: fired.append((round(loop.time(), 3), name, seq)))
    await asyncio.gather(client("A", bucket, 4, 1), client("B", bucket, 3, 2), client("C", bucket, 2, 0.5))
    await asyncio.sleep(max(0, 1.0 - loop.time()))
    print("fired:", fired)
    print(f"total wait {bucket.waited:.3f}s, end {loop.time():.3f}, tokens {bucket.tokens:.3f}")
    print(heapq.nsmallest(2, [5, 1, 4, 2]), heapq.nlargest(2, "hello"), list(heapq.merge([1, 4], [2, 3])))


asyncio.run(main())
