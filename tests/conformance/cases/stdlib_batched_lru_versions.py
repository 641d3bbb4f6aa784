"""A batching sender: itertools.batched exists from 3.12 (AttributeError on 3.11), lru_cache
keys by argument spelling (f(1), f(1, y=1), f(x=1) are separate entries) and typed=True."""
import asyncio, itertools, functools

async def send(batch):
    await asyncio.sleep(0.01)
    return len(batch)

async def main():
    try:
        batches = list(itertools.batched(range(7), 3))
    except AttributeError as e:
        print(e)
        batches = [(0, 1, 2), (3, 4, 5), (6,)]
    print(batches, await asyncio.gather(*(send(b) for b in batches)))
    try:
        list(itertools.batched("abc", 0))
    except (ValueError, AttributeError) as e:
        print(type(e).__name__, e)
    @functools.lru_cache(maxsize=None)
    def f(x, y=1):
        return x + y
    f(1); f(1, y=1); f(1, 1); f(x=1)
    print(f.cache_info(), f.cache_parameters())
    try:
        f([1])
    except TypeError as e:
        print(e)
    @functools.lru_cache(typed=True)
    def g(x):
        return type(x).__name__
    print(g(1), g(1.0), g(True), g.cache_info())

asyncio.run(main())
