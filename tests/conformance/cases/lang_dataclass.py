import asyncio
from dataclasses import dataclass, field

@dataclass
class Point:
    x: int
    y: int = 0

@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int
    tags: tuple = field(default=(), compare=False)

async def main():
    p = Point(1, 2)
    print(p, Point(3), p == Point(1, 2))
    p.x = 10
    print(p)
    vs = sorted([Version(1, 2), Version(0, 9, ("beta",)), Version(1, 0)])
    print(vs)
    print(Version(1, 0) < Version(1, 1), Version(2, 0, ("a",)) == Version(2, 0))
    try:
        vs[0].major = 5
    except AttributeError as e:
        print(type(e).__name__)

asyncio.run(main())
