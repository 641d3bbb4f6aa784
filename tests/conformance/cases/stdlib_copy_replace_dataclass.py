# copy.replace (new in 3.13) on a dataclass and a namedtuple: both classes have __replace__ from
# 3.13, with dataclasses.replace's checks; a namedtuple's _replace refuses an unknown field with a
# TypeError from 3.13 (ValueError before).
import asyncio
import collections
import copy
import dataclasses


@dataclasses.dataclass(frozen=True)
class Point:
    x: int
    y: int = 0
    label: str = dataclasses.field(default="p", init=False)


@dataclasses.dataclass
class Account:
    owner: str
    pin: dataclasses.InitVar[int]
    balance: float = 0.0

    def __post_init__(self, pin):
        self.secret = pin * 2


Pair = collections.namedtuple("Pair", "a b")


def old_ways():
    try:
        Pair(1, 2)._replace(c=3)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
    try:
        dataclasses.replace(Point(1), label="q")
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)


async def main():
    await asyncio.sleep(0)
    old_ways()
    print(hasattr(Point, "__replace__"), hasattr(Pair, "__replace__"), hasattr(copy, "replace"))
    if not hasattr(copy, "replace"):
        return
    p = Point(1, 2)
    print(copy.replace(p, y=5), p.__replace__(x=9), copy.replace(Pair(1, 2), b=7))
    for bad in ({"label": "q"}, {"z": 1}):
        try:
            copy.replace(p, **bad)
        except TypeError as e:
            print("TypeError:", e)
    a = Account("ann", 21, 10.0)
    try:
        copy.replace(a, balance=1.0)
    except TypeError as e:
        print("TypeError:", e)
    b = copy.replace(a, pin=4, balance=2.5)
    print(b, b.secret)
    try:
        copy.replace([1, 2])
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
