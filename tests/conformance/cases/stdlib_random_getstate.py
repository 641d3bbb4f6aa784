"""random.getstate()/setstate(): a simulation saves the generator and replays the same draws
(the module's generator and a Random instance's, with a pending gauss value kept in the state),
and a state of the wrong shape or version is refused as CPython refuses it."""
import asyncio
import random

rng = random.Random(2024)
rng.gauss(0, 1)
saved = rng.getstate()
print(saved[0], len(saved[1]), saved[1][-1], type(saved[2]).__name__)
first = [rng.gauss(0, 1) for _ in range(3)] + [rng.randint(1, 6) for _ in range(3)]
rng.setstate(saved)
again = [rng.gauss(0, 1) for _ in range(3)] + [rng.randint(1, 6) for _ in range(3)]
print(first == again, first[3:])

random.seed(5)
state = random.getstate()
a = random.sample(range(50), 4)
random.setstate(state)
print(a == random.sample(range(50), 4), random.getstate()[1][:3])
twin = random.Random()
twin.setstate(state)
print(twin.random() == random.Random(5).random())

for bad in [(4, saved[1], None), (3, saved[1][:10], None), (3, saved[1]), (3, saved[1], None, 1),
            (3, saved[1][:-1] + (700,), None)]:
    try:
        random.Random().setstate(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)


async def replay(seed_state, n):
    r = random.Random()
    r.setstate(seed_state)
    out = []
    for _ in range(n):
        await asyncio.sleep(r.random() / 10)
        out.append(round(asyncio.get_running_loop().time(), 4))
    return out


async def main():
    runs = await asyncio.gather(replay(saved, 3), replay(saved, 3))
    print(runs[0] == runs[1], runs[0])


asyncio.run(main())
