import asyncio


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)

    def move(self, dx):
        self.x += dx


def xs(objs):
    # One attribute site read over objects whose dicts differ.
    return [o.x for o in objs]


def set_x(objs, v):
    for o in objs:
        o.x = v


class Bag:
    pass


async def stepper(p, n):
    for _ in range(n):
        p.move(1)
        p.seen = p.x
        await asyncio.sleep(0)
    return p.x


async def main():
    a, b = Point(1, 2), Point(3, 4)
    # Same names, other order; one attribute more; built through __dict__.
    c = Bag()
    c.y = 5
    c.x = 6
    d = Bag()
    d.x = 7
    d.z = 8
    e = Bag()
    e.__dict__["x"] = 9
    objs = [a, b, c, d, e]
    for _ in range(3):
        print(xs(objs))
    set_x(objs, 0)
    print([list(vars(o).items()) for o in objs])
    # Deleting and setting again: the name moves to the end.
    del a.x
    try:
        xs([a])
    except AttributeError as err:
        print("AttributeError", err)
    a.x = 10
    print(list(vars(a)), xs([a, b]), a.norm1())
    # A class attribute under the same name does not show through an instance's own.
    Point.x = "class"
    print(xs([a, b]))
    del b.x
    print(xs([b]))
    del Point.x
    b.x = 11
    # A property added to the class after the sites were warm, then taken away.
    Point.x = property(lambda self: "prop", None, None, "doc")
    print(xs([a, b]))
    try:
        set_x([a], 1)
    except AttributeError as err:
        print("AttributeError", type(err).__name__)
    del Point.x
    print(xs([a, b]))
    # __class__ assignment keeps the dict.
    a.__class__ = Bag
    print(xs([a]), type(a).__name__, sorted(vars(a)))
    a.__class__ = Point
    print(a.norm1())
    # __dict__ replaced, shared, deleted.
    b.__dict__ = {"y": 1, "x": 2}
    print(xs([b]), b.norm1(), list(vars(b)))
    c.__dict__ = b.__dict__
    set_x([c], 42)
    print(xs([b]))
    del c.__dict__
    print(vars(c), hasattr(c, "x"))
    set_x([c], 1)
    print(vars(c))
    # Many names, then one deleted: order kept.
    m = Bag()
    for i in range(80):
        setattr(m, f"a{i}", i)
    del m.a5
    m.a5 = "again"
    print(len(vars(m)), list(vars(m))[3:7], list(vars(m))[-2:], m.a79, m.a5)
    # Iterating __dict__ while a value is replaced; after a deletion; the size changing.
    p = Point(1, 2)
    for k in p.__dict__:
        p.__dict__[k] = k * 2
    print(vars(p))
    q = Point(1, 2)
    q.z = 3
    del q.y
    print([k for k in q.__dict__], list(q.__dict__.values()))
    try:
        for k in q.__dict__:
            q.w = 1
    except RuntimeError as err:
        print("RuntimeError", err)
    # Attribute sites in coroutines.
    ps = [Point(i, 0) for i in range(3)]
    print(await asyncio.gather(*(stepper(p, 3) for p in ps)), [vars(p) for p in ps])


asyncio.run(main())
