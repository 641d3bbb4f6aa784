"""A read-through cache with single-flight: concurrent misses for one key share a Future,
entries expire on the loop's clock, an LRU (OrderedDict) bounds the size, and
functools.lru_cache memoises the pure part."""
import asyncio
import functools
from collections import OrderedDict, Counter
import weakref


@functools.lru_cache(maxsize=32)
def shard_of(key):
    return sum(map(ord, key)) % 4


class Cache:
    def __init__(self, loader, ttl=1.0, size=3):
        self.loader, self.ttl, self.size = loader, ttl, size
        self.entries = OrderedDict()
        self.inflight = {}
        self.stats = Counter()

    async def get(self, key):
        loop = asyncio.get_running_loop()
        hit = self.entries.get(key)
        if hit and hit[1] > loop.time():
            self.entries.move_to_end(key)
            self.stats["hit"] += 1
            return hit[0]
        if key in self.inflight:
            self.stats["joined"] += 1
            return await self.inflight[key]
        self.stats["miss"] += 1
        fut = loop.create_future()
        self.inflight[key] = fut
        try:
            value = await self.loader(key)
        except Exception as exc:
            fut.set_exception(exc)
            raise
        else:
            fut.set_result(value)
            self.entries[key] = (value, loop.time() + self.ttl)
            self.entries.move_to_end(key)
            while len(self.entries) > self.size:
                old, _ = self.entries.popitem(last=False)
                self.stats["evicted"] += 1
        finally:
            del self.inflight[key]
        return value


async def load(key):
    await asyncio.sleep(0.2 + shard_of(key) * 0.05)
    if key == "bad":
        raise LookupError(key)
    return key.upper()


async def main():
    cache = Cache(load)
    first = await asyncio.gather(*(cache.get(k) for k in ["a", "b", "a", "a", "c"]))
    print("first:", first, dict(cache.stats))
    await asyncio.sleep(0.5)
    print("second:", await asyncio.gather(cache.get("a"), cache.get("d"), cache.get("b")))
    print("keys:", list(cache.entries), dict(cache.stats))
    await asyncio.sleep(1.0)
    print("expired reload:", await cache.get("d"), dict(cache.stats))
    res = await asyncio.gather(cache.get("bad"), cache.get("bad"), return_exceptions=True)
    print("errors:", [repr(r) for r in res])
    print(shard_of.cache_info())
    ref = weakref.ref(cache)
    print("alive:", ref() is cache, asyncio.get_running_loop().time())


asyncio.run(main())
