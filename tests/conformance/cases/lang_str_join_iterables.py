# str.join of an iterable that is not a list or tuple: CPython takes every item before it checks
# them, so a generator runs to its end even when an early item is not a str.
import asyncio


def items(xs, log):
    for x in xs:
        log.append(x)
        yield x


class S(str):
    pass


async def main():
    log = []
    print("-".join(items(["a", "b", "c"], log)), log)
    print(repr("".join(items([], log))), "+".join(items(["only"], log)))
    print(", ".join(items([S("sub"), "plain", S("")], log)))
    print("".join(f"w{i % 3}" for i in range(7)), " ".join(map(str, range(4))))
    print("/".join({"k1": 1, "k2": 2}), "".join(iter("xyz")))
    log.clear()
    try:
        ",".join(items(["a", 1, "b", 2.5, "c"], log))
    except TypeError as e:
        print(e, log)
    try:
        ",".join(items([b"x", "y"], log))
    except TypeError as e:
        print(e)
    try:
        ",".join(5)
    except TypeError as e:
        print(e)
    await asyncio.sleep(0)


asyncio.run(main())
