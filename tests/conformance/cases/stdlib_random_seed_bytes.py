"""Reproducible test fixtures seed random from a fixture's name or its hash bytes: a bytes or
bytearray seed gives the same stream as the str of the same UTF-8 bytes; other types are refused
with CPython's list of supported seed types."""
import asyncio
import hashlib
import random


async def fixture(name):
    await asyncio.sleep(0.01)
    digest = hashlib.sha256(name.encode()).digest()[:8]
    rng = random.Random(digest)
    return name, digest.hex(), [rng.randint(1, 100) for _ in range(4)], round(rng.random(), 12)


async def main():
    for row in await asyncio.gather(*(fixture(n) for n in ["users", "orders", "ünïcode"])):
        print(*row)
    for seed in [b"abc", bytearray(b"abc"), "abc", b"", bytearray()]:
        random.seed(seed)
        print(repr(seed), random.random(), random.choice("abcdef"), random.getrandbits(16))
    r = random.Random()
    r.seed(b"\x00\xff" * 10)
    print(r.sample(range(100), 5), r.uniform(0, 1))
    for bad in [[1], {"a": 1}, (1, 2)]:
        try:
            random.seed(bad)
        except TypeError as e:
            print("TypeError:", e)


asyncio.run(main())
