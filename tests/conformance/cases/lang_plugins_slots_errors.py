"""A plugin registry built with __init_subclass__ keywords and __slots__ classes: the errors for
misuse name classes as CPython does (a missing class attribute by its __name__, an unconsumed
class keyword by its __qualname__), slots refuse new attributes and conflict with class values."""
import asyncio

class Plugin:
    registry = []
    def __init_subclass__(cls, name=None, **kw):
        super().__init_subclass__(**kw)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry.append(cls)
    def __repr__(self):
        return f"<{type(self).__qualname__} {self.plugin_name}>"

class Csv(Plugin, name="csv"):
    __slots__ = ("sep",)
    def __init__(self, sep=","):
        self.sep = sep

class Json(Plugin):
    pass

class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y

class Point3(Point):
    __slots__ = ("z",)

async def main():
    print(Plugin.registry, [c.plugin_name for c in Plugin.registry], Csv(), Json())
    p = Point(1, 2)
    try:
        p.z = 3
    except AttributeError as e:
        print(e)
    try:
        print(p.__dict__)
    except AttributeError as e:
        print(e)
    q = Point3(1, 2)
    q.z = 5
    print(q.x, q.z, Point3.__slots__, hasattr(q, "__dict__"), type(Point.x).__name__)
    try:
        Point3(1, 2).z
    except AttributeError as e:
        print(e)
    try:
        class Bad(Plugin, unknown=1):
            pass
    except TypeError as e:
        print(e)
    try:
        class Conflict:
            __slots__ = ("a",)
            a = 1
    except ValueError as e:
        print(e)
    c = Csv()
    try:
        c.other = 1
    except AttributeError as e:
        print("csv", e)
    c.extra = 2
    print(c.extra, vars(c))
    await asyncio.sleep(0)
    class A:
        def __init__(self, x):
            self.x = x
    try:
        A()
    except TypeError as e:
        print(e)
    try:
        A(1, 2)
    except TypeError as e:
        print(e)
    try:
        A(y=1)
    except TypeError as e:
        print(e)
    try:
        len(5)
    except TypeError as e:
        print(e)
    try:
        A(1).missing
    except AttributeError as e:
        print(e)
    try:
        A(1).method()
    except AttributeError as e:
        print(e)
    try:
        None.foo
    except AttributeError as e:
        print(e)
    try:
        A.nope
    except AttributeError as e:
        print(e)

asyncio.run(main())
