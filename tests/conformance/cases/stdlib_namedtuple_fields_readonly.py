"""A namedtuple's fields are read-only `_tuplegetter` descriptors, and its instances have no
__dict__ (`__slots__ = ()`), for collections.namedtuple and typing.NamedTuple alike: assigning a
field, deleting it or adding a new attribute raises CPython's AttributeError, at a task's line too."""
import asyncio
from collections import namedtuple
from typing import NamedTuple

Point = namedtuple('Point', 'x y')


class User(NamedTuple):
    name: str
    level: int = 1

    def promoted(self):
        return self._replace(level=self.level + 1)


class Tagged(Point):
    pass


def attempt(label, action):
    try:
        action()
        print(label, 'allowed')
    except AttributeError as e:
        print(label, 'AttributeError:', e)


async def edit(obj, field):
    await asyncio.sleep(0.1)
    attempt(f'{type(obj).__name__}.{field} =', lambda: setattr(obj, field, 0))
    attempt(f'del {type(obj).__name__}.{field}', lambda: delattr(obj, field))
    attempt(f'{type(obj).__name__}.extra =', lambda: setattr(obj, 'extra', 0))
    return obj


async def main():
    p, u = Point(1, 2), User('kim')
    print(await asyncio.gather(edit(p, 'x'), edit(u, 'name')))
    print(type(Point.x).__name__, type(Point.x).__module__, Point.x)
    print(Point.y.__doc__, User.level.__doc__, Point.x.__get__(p), Point.y.__get__(None, Point) is Point.y)
    try:
        Point.x.__get__(5)
    except TypeError as e:
        print('TypeError:', e)
    print(hasattr(p, '__dict__'), hasattr(u, '__dict__'), Point.__slots__, User.__slots__)
    t = Tagged(3, 4)
    t.label = 'subclass keeps a __dict__'
    print(t, t.label, vars(t))
    print(u.promoted(), u)
    try:
        class Bad(NamedTuple):
            __slots__ = ('a',)
            a: int
    except AttributeError as e:
        print('AttributeError:', e)


asyncio.run(main())
