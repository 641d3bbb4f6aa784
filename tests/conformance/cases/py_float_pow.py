import asyncio
import random


async def backoff(attempts):
    # Retry delays with a negative power, as programs compute them.
    for i in range(attempts):
        delay = 10 ** -(5 - i)
        print("attempt", i, "delay", delay, 2 ** -i, 0.5 ** i)
        await asyncio.sleep(delay)


async def main():
    print(10 ** -5, 10.0 ** -5, 2 ** -10, 7 ** -1, 3 ** -40, (-3) ** -3, 1.1 ** 10, (-1.5) ** 3)
    print(0.1 ** 300, 10.0 ** 308, 2.0 ** -1074, 2.0 ** -1075, 1.0000001 ** 2500, 1.5 ** -2000)
    try:
        print(10.0 ** 309)
    except OverflowError as e:
        print("OverflowError", e)
    rnd = random.Random(3)
    ints = []
    floats = []
    for _ in range(300):
        ints.append(repr((rnd.randint(-1000, 1000) or 9) ** rnd.randint(-30, -1)))
        floats.append(repr(rnd.uniform(-50, 50) ** rnd.randint(-40, 40)))
    print(" ".join(ints[:150]))
    print(" ".join(ints[150:]))
    print(" ".join(floats[:150]))
    print(" ".join(floats[150:]))
    await backoff(4)


asyncio.run(main())
