# typing.NamedTuple and typing.TypedDict in class form are made as CPython makes them: a
# NamedTuple class is a plain subclass of tuple (NamedTuple itself is not in its MRO), a TypedDict
# class is a dict subclass of metaclass _TypedDictMeta whose call makes a plain dict, with its
# keys sorted into required and optional ones.
from typing import Generic, NamedTuple, NotRequired, Required, TypeVar, TypedDict

T = TypeVar("T")


class Point(NamedTuple):
    x: int
    y: int = 0

    def norm2(self):
        return self.x**2 + self.y**2


class Box(NamedTuple, Generic[T]):
    item: T


class Movie(TypedDict):
    title: str
    year: NotRequired[int]


class Draft(Movie, total=False):
    note: str
    rating: Required[float]


p = Point(3, 4)
print(p, p.norm2(), Point.__mro__, Point.__bases__, type(Point))
print(Point.__orig_bases__[0].__name__, Point._fields, Point._field_defaults)
print(Box.__mro__, Box("x"), Box[int])
m = Movie(title="Up")
print(m, type(m), Movie.__mro__, type(Movie).__name__, Movie.__total__)
print(sorted(Movie.__required_keys__), sorted(Movie.__optional_keys__))
print(sorted(Draft.__required_keys__), sorted(Draft.__optional_keys__), Draft.__total__)
print(list(Draft.__annotations__))
try:
    isinstance(m, Movie)
except TypeError as e:
    print("TypeError:", e)
try:

    class Bad(NamedTuple, int):
        pass

except TypeError as e:
    print("TypeError:", e)
try:

    class Mixed(TypedDict, int):
        pass

except TypeError as e:
    print("TypeError:", e)
try:

    class Order(NamedTuple):
        a: int = 1
        b: int

except TypeError as e:
    print("TypeError:", e)
