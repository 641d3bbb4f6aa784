# A for loop over a temporary (a display, enumerate(), iter(), zip(), map(), filter()) holds it while
# the loop runs, as CPython's iterator does: coroutines still to come are not "never awaited" when
# the loop suspends or blocks, and the ones the loop leaves unawaited are reported when it ends.
import asyncio
import sys
import time

sys.stderr = sys.stdout


async def f(i):
    await asyncio.sleep(0.01)
    return i


def blocking_loop():
    out = []
    for c in (f(10), f(11)):
        time.sleep(0.01)
        out.append(c.__qualname__)
        c.close()
    return out


async def main():
    for c in (f(1), f(2), f(3)):
        print("tuple", await asyncio.create_task(c))
    for c in [f(4), f(5)]:
        print("list", await c)
    for i, c in enumerate([f(6), f(7)]):
        print("enumerate", i, await c)
    for c in iter([f(8), f(9)]):
        print("iter", await c)
    for a, b in zip([f(12), f(13)], "xy"):
        print("zip", b, await a)
    for c in map(lambda c: c, [f(14), f(15)]):
        print("map", await c)
    for c in filter(None, [f(16), f(17)]):
        print("filter", await c)
    for c in (f(18), f(19)):
        time.sleep(0.01)
        print("blocking", await c)
    print("plain def", blocking_loop())
    # The loop awaits only the first: the second is reported when the loop lets go of the tuple.
    for c in (f(20), f(21)):
        print("first only", await c)
        break
    print("after break")
    await asyncio.sleep(0)
    print("end")


asyncio.run(main())
