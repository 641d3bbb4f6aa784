import asyncio

async def gen(n):
    for i in range(n):
        await asyncio.sleep(0.1)
        yield i * i

async def main():
    s = [x async for x in gen(4)]
    print(s, [y for y in range(10) if y % 3 == 0], {k: v for k, v in zip("abc", range(3))})
    a, *b, c = range(6)
    print(a, b, c, f"{3.14159:.2f} {42:05d} {'hi':>6}| {255:#x} {1e-7} {1/3} {2**70} {-7 // 2} {-7 % 3} {7.5 // 2}")
    print("%s has %d items costing %.2f" % ("cart", 3, 9.5), "{} {:.1%}".format("rate", 0.256))
    try:
        {}["missing"]
    except KeyError as e:
        print(repr(e), str(e))
    try:
        int("x1")
    except ValueError as e:
        print(e)
    def counter():
        n = 0
        def inc():
            nonlocal n
            n += 1
            return n
        return inc
    c1 = counter()
    c1(); c1()
    print(c1(), isinstance(c1, object), type(3.0).__name__, [type(v).__name__ for v in (1, "a", None, [], (), {}, set(), 1.5, True)])
    match {"kind": "point", "x": 1, "y": 2}:
        case {"kind": "point", "x": x, "y": y} if x < y:
            print("point", x, y)
        case _:
            print("other")
    print(round(2.5), round(3.5), round(2.675, 2), abs(-3), divmod(17, 5), pow(2, 10, 1000), min(3, 1, 2), any([]), all([]))

asyncio.run(main())
