# typing.get_type_hints evaluates string annotations (written as strings, or all of them under the __future__ import) in the defining module.
from __future__ import annotations
import typing
from dataclasses import dataclass, fields


class Node:
    value: int
    next: Node | None = None
    label: 'str'


def link(a: Node, b: 'int' = 1) -> 'Node | None':
    pass


print(Node.__annotations__)
print(typing.get_type_hints(Node))
print(typing.get_type_hints(link))
print(link.__annotations__)


@dataclass
class Point:
    x: int
    y: 'float' = 0.0


print(typing.get_type_hints(Point), Point(1), [f.type for f in fields(Point)])


class Child(Point):
    z: Node


print(typing.get_type_hints(Child))


class Broken:
    q: Missing


try:
    typing.get_type_hints(Broken)
except NameError as e:
    print("NameError", e)
