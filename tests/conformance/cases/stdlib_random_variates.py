# random's remaining distributions for a seeded load generator: paretovariate (heavy-tailed
# request sizes), weibullvariate, lognormvariate, gammavariate, betavariate, vonmisesvariate,
# from the module and from random.Random instances, with their argument errors.
import asyncio
import random


async def client(rng, name):
    sizes = [round(rng.paretovariate(1.5), 6) for _ in range(3)]
    await asyncio.sleep(rng.weibullvariate(0.01, 1.5))
    print(name, sizes)


async def main():
    random.seed(12345)
    print(random.paretovariate(2.5), random.weibullvariate(1.0, 2.0), random.lognormvariate(0.0, 0.5))
    print(random.gammavariate(0.5, 2.0), random.gammavariate(1.0, 1.0), random.gammavariate(3.0, 0.5))
    print(random.betavariate(2.0, 5.0), random.vonmisesvariate(1.0, 4.0), random.vonmisesvariate(0.0, 0.0))
    await asyncio.gather(*(client(random.Random(seed), f"client-{seed}") for seed in (1, 2, 3)))
    rng = random.Random("fixed")
    print([rng.paretovariate(3) for _ in range(3)])
    for bad in (lambda: random.paretovariate(0), lambda: random.gammavariate(-1, 1), lambda: random.weibullvariate(1, 0)):
        try:
            bad()
        except (ValueError, ZeroDivisionError) as e:
            print(type(e).__name__, e)


asyncio.run(main())
