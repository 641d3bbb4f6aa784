# A generator, coroutine or async generator that has not started cannot be sent a value other
# than None (nothing waits for it yet): TypeError, and the frame stays unstarted.
import asyncio


async def accumulator():
    total = 0
    try:
        while True:
            value = yield total
            await asyncio.sleep(0.01)
            total += value
    finally:
        print("accumulator closing")


def gen():
    yield 1


async def co():
    return "co done"


async def main():
    g = accumulator()
    try:
        await g.asend(5)
    except TypeError as e:
        print("TypeError:", e)
    print(await g.asend(None), await g.asend(3), await g.asend(4))
    await g.aclose()
    g2 = gen()
    try:
        g2.send(3)
    except TypeError as e:
        print("TypeError:", e)
    print(next(g2))
    c = co()
    try:
        c.send("x")
    except TypeError as e:
        print("TypeError:", e)
    print(await c)
    g3 = accumulator()
    print(await anext(g3))
    del g3
    await asyncio.sleep(0)
    print("end", asyncio.get_running_loop().time())


asyncio.run(main())
