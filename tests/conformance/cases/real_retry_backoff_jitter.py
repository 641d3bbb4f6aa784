"""A retry decorator with exponential backoff and full jitter (seeded), used by an async
client whose upstream fails the first few calls. Attempts and sleeps are logged."""
import asyncio
import functools
import logging
import random
import sys

logging.basicConfig(stream=sys.stdout, level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s", datefmt="%H:%M:%S")
log = logging.getLogger("retry")
rng = random.Random(1234)


class TransientError(Exception):
    pass


class PermanentError(Exception):
    pass


def retry(*, attempts=4, base=0.1, cap=2.0, retry_on=(TransientError,)):
    def decorate(fn):
        @functools.wraps(fn)
        async def wrapper(*args, **kwargs):
            for attempt in range(1, attempts + 1):
                try:
                    return await fn(*args, **kwargs)
                except retry_on as exc:
                    if attempt == attempts:
                        log.error("%s gave up after %d attempts: %r", fn.__name__, attempt, exc)
                        raise
                    delay = rng.uniform(0, min(cap, base * 2 ** attempt))
                    log.warning("%s attempt %d failed (%s); sleeping %.3fs", fn.__name__, attempt, exc, delay)
                    await asyncio.sleep(delay)
        wrapper.attempts = attempts
        return wrapper
    return decorate


class Upstream:
    def __init__(self, failures):
        self.failures = dict(failures)
        self.calls = 0

    async def get(self, key):
        self.calls += 1
        await asyncio.sleep(0.02)
        left = self.failures.get(key, 0)
        if left == -1:
            raise PermanentError(f"{key} does not exist")
        if left:
            self.failures[key] = left - 1
            raise TransientError(f"503 for {key}")
        return {"key": key, "value": len(key) * 7}


upstream = Upstream({"users": 2, "orders": 5, "missing": -1})


@retry(attempts=4)
async def fetch(key):
    return await upstream.get(key)


async def main():
    print(fetch.__name__, fetch.attempts, fetch.__wrapped__.__name__)
    results = await asyncio.gather(fetch("users"), fetch("orders"), fetch("items"), fetch("missing"), return_exceptions=True)
    for r in results:
        print(type(r).__name__, r)
    loop = asyncio.get_running_loop()
    print(f"upstream calls: {upstream.calls}, finished at {loop.time():.4f}")


asyncio.run(main())
