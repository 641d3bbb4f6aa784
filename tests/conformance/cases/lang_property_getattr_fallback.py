# A property (or any descriptor) that raises AttributeError hands the read to the class's
# __getattr__, as CPython's slot_tp_getattr_hook does; reads through hot attribute sites see a
# property swapped or deleted on the class.


class Lazy:
    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        raise AttributeError("lazy value not loaded")


class Record:
    lazy = Lazy()

    def __init__(self, data):
        self._data = data

    @property
    def size(self):
        if "size" not in self._data:
            raise AttributeError("size not computed")
        return self._data["size"]

    @property
    def handler(self):
        raise AttributeError("no handler property")

    @property
    def strict(self):
        raise AttributeError("strict property failed")

    def __getattr__(self, name):
        if name == "handler":
            return lambda: "fallback handler"
        if name == "strict":
            raise AttributeError(f"{name} is not available either")
        return f"<{name} from __getattr__>"


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x):
        self.x = x

    @property
    def doubled(self):
        return self.x * 2


def read(rec):
    return rec.size, rec.lazy


def coords(p):
    return p.doubled, p.x


r1, r2 = Record({"size": 3}), Record({})
for _ in range(200):
    seen = read(r1), read(r2), coords(Point(4))
print(seen)
print(r2.handler(), hasattr(r2, "size"), getattr(r2, "size", "default"))
try:
    r2.strict
except AttributeError as e:
    print(repr(e), repr(e.__context__), e.name, e.obj is r2)

p = Point(5)
try:
    for _ in range(200):
        p.y
except AttributeError as e:
    print(e)
Point.doubled = property(lambda self: "replaced")
print(coords(p))
del Point.doubled
try:
    coords(p)
except AttributeError as e:
    print(e)
