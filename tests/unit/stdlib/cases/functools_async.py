import asyncio
import functools


def retry(times):
    def deco(fn):
        @functools.wraps(fn)
        async def wrapper(*args, **kwargs):
            for attempt in range(1, times + 1):
                try:
                    return await fn(*args, **kwargs)
                except ValueError as e:
                    print(f"attempt {attempt} failed: {e}")
                    await asyncio.sleep(0.1 * attempt)
            raise RuntimeError("gave up")
        return wrapper
    return deco


calls = {"n": 0}


@retry(3)
async def flaky(x):
    calls["n"] += 1
    if calls["n"] < 3:
        raise ValueError(f"bad {calls['n']}")
    return x * 2


@functools.lru_cache(maxsize=None)
def slow_square(n):
    print("computing", n)
    return n * n


async def main():
    t = asyncio.create_task(flaky(21))
    print(await t, t.get_coro().__qualname__, flaky.__name__, flaky.__wrapped__.__name__)
    print(sum(slow_square(i % 3) for i in range(6)), slow_square.cache_info())
    add5 = functools.partial(lambda a, b: a + b, 5)
    print(add5(1), functools.reduce(lambda a, b: a * b, range(1, 6)))


asyncio.run(main())
