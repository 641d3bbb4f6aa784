# A generator expression seen through the whole generator protocol (next, send, throw, close,
# yield from, an exception raised by an element and what follows it), and iteration over ranges
# of every direction and size, near 2**53 included.
import asyncio
import traceback


def boom(x):
    if x == 2:
        raise ValueError(f"bad {x}")
    return x * 10


def tb_names(e):
    return [(t.name, t.lineno) for t in traceback.extract_tb(e.__traceback__)]


def relay(g):
    got = yield from g
    return got


async def main():
    g = (x * x for x in range(5) if x % 2 == 0)
    print(type(g).__name__, next(g), next(g), list(g), list(g))
    try:
        next(g)
    except StopIteration as e:
        print("exhausted", repr(e.value))

    g = (boom(x) for x in range(4))
    print(next(g), next(g))
    try:
        next(g)
    except ValueError as e:
        print("raised", e)
        print(tb_names(e))
    print("after the error", list(g))

    g = (x for x in "abc")
    print(next(g), g.send(None))
    try:
        g.send("x")
        print("send accepted")
    except TypeError as e:
        print("send", e)
    print(list(g))

    g = (x for x in range(3))
    try:
        g.send(1)
    except TypeError as e:
        print("just started:", e)
    print(next(g))

    g = (x for x in range(3))
    try:
        g.throw(KeyError("before start"))
    except KeyError as e:
        print("thrown before start", e, list(g), tb_names(e))

    g = (x for x in range(3))
    print(next(g))
    try:
        g.throw(RuntimeError("at the yield"))
    except RuntimeError as e:
        print("thrown", e, list(g), tb_names(e))

    g = (x for x in range(3))
    print(next(g))
    g.close()
    print("closed", list(g), g.close())

    r = relay(x + 1 for x in range(3))
    print(next(r), r.send(None), list(r))

    print(sum(x for x in range(100_000)), max(x for x in range(-7, 8, 3)))
    print(list(x for x in range(10, -10, -3)), list(x for x in range(5, 5)), list(x for x in range(0, -1)))
    big = 2**53
    print(list(x for x in range(big - 3, big + 3)), list(x for x in range(-big - 2, -big + 2, 2)))
    print(list(x for x in range(big - 2, big + 2**60, 2**59)), list(x for x in range(3, -3, -big)))
    print([x for x in range(2**52 - 2, 2**52 + 2)], [x % 7 for x in range(65534, 65538)])
    it = iter(range(0, 6, 2))
    print(next(it), list(it), sorted(x for x in {3, 1, 2}))
    g = ([x] for x in (1, 2, 0, 4) for y in range({1: 1, 2: 2, 4: 4}[x]))
    try:
        print(list(g))
    except KeyError as e:
        print("nested", e, tb_names(e))
    print(all(x < 3 for x in range(5)), any(x > 3 for x in range(5)), "-".join(str(x) for x in range(4)))


asyncio.run(main())
