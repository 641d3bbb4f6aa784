"""Release versions as dataclasses: order=True sorting with compare=False fields, frozen points,
InitVar and __post_init__, nested reprs, replace() refusing an init=False field (ValueError
before 3.13, TypeError from 3.13) and the constructor's argument errors."""
import asyncio
from dataclasses import dataclass, field, asdict, astuple, replace, fields, FrozenInstanceError, InitVar
from typing import Optional

@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0
    label: str = field(default="", compare=False)

@dataclass(frozen=True)
class Point:
    x: float
    y: float = 0.0

@dataclass
class Node:
    name: str
    children: list["Node"] = field(default_factory=list)
    parent: Optional["Node"] = field(default=None, repr=False)
    weight: InitVar[int] = 1
    total: int = field(init=False, default=0)

    def __post_init__(self, weight):
        self.total = weight * 10

async def main():
    vs = [Version(1, 2), Version(1, 0, 5, "rc"), Version(0, 9), Version(1, 2, 0, "b")]
    print(sorted(vs))
    print(Version(1, 2) == Version(1, 2, 0, "x"), Version(1) < Version(1, 0, 1))
    print(max(vs), min(vs))
    p = Point(1.5)
    print(p, hash(p) == hash(Point(1.5, 0.0)), replace(p, y=2))
    try:
        p.x = 3
    except FrozenInstanceError as e:
        print(type(e).__name__, e)
    try:
        del p.y
    except FrozenInstanceError as e:
        print(type(e).__name__, e)
    root = Node("root", weight=3)
    root.children.append(Node("a", parent=None))
    root.children.append(Node("b", [Node("c")]))
    print(root)
    print(asdict(root)["children"][1])
    print(astuple(Version(2, 1)))
    print([f.name for f in fields(Node)], [f.name for f in fields(root)])
    print(Node.__match_args__)
    try:
        Version()
    except TypeError as e:
        print(e)
    try:
        Version(1, 2, 3, "a", 5)
    except TypeError as e:
        print(e)
    try:
        replace(root, total=3)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
    try:
        Version(1) < (1, 0)
    except TypeError as e:
        print(e)
    await asyncio.sleep(0)
    print(repr(Version), Version.__eq__ is not object.__eq__, Point.__hash__ is not None)
    @dataclass
    class Bad:
        x: list = field(default_factory=list)
        y: int = 0
    print(Bad(), Bad() == Bad(), Bad.__hash__)

asyncio.run(main())
