# object.__hash__: identity hashing a class keeps by naming it after defining __eq__, what
# collections.abc.Hashable and dataclasses make of each kind of class, and object's own namespace.
import asyncio
from collections.abc import Hashable
from dataclasses import dataclass


class Node:
    def __init__(self, name):
        self.name = name

    def __eq__(self, other):
        return isinstance(other, Node) and other.name == self.name

    __hash__ = object.__hash__


class Plain:
    pass


class ByValue:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return isinstance(other, ByValue) and other.v == self.v


@dataclass
class Point:
    x: int


@dataclass(frozen=True)
class Frozen:
    x: int


async def main():
    a, b = Node('x'), Node('x')
    print(a == b, len({a, b}), hash(a) == object.__hash__(a), a in {b: 1})
    print(type(object.__hash__).__name__, repr(object.__hash__))
    print('__hash__' in vars(object), '__hash__' in dir(Plain()), Plain.__hash__ is object.__hash__)
    for obj in (Plain(), a, ByValue(1), Point(1), Frozen(1), 3, 'text', (1, 2), [1]):
        print(type(obj).__name__, isinstance(obj, Hashable), type(obj).__hash__ is None)
    try:
        {ByValue(1)}
    except TypeError as e:
        print('TypeError', e)
    print(hash(Frozen(1)) == hash(Frozen(1)), object.__hash__(Frozen(1)) == hash(Frozen(1)))
    await asyncio.sleep(0)


asyncio.run(main())
