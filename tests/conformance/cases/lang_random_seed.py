import asyncio
import random

async def worker(rng, name):
    delay = rng.choice([0.1, 0.2, 0.3])
    await asyncio.sleep(delay)
    print(name, "slept", delay)

async def main():
    random.seed(42)
    print(random.random(), random.uniform(1, 10), random.randint(1, 100))
    items = list(range(8))
    random.shuffle(items)
    print(items, random.choice("abcdef"), random.sample(range(100), 3))
    rng = random.Random(7)
    await asyncio.gather(*(worker(rng, f"w{i}") for i in range(4)))
    random.seed("text seed")
    print(random.randrange(0, 1000, 5), round(random.gauss(0, 1), 6))

asyncio.run(main())
