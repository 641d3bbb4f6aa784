"""namedtuple defaults live on __new__.__defaults__: a program reads them there, and the pre-3.7
recipe that assigns them (`Node.__new__.__defaults__ = (None,) * 3`) changes what a call fills in."""
import asyncio
from collections import namedtuple

Point = namedtuple('Point', 'x y', defaults=[1])
Span = namedtuple('Span', 'lo hi step', defaults=(2, 3))
Bare = namedtuple('Bare', 'a')
Empty = namedtuple('Empty', 'a', defaults=[])
print(Point.__new__.__defaults__, Point(5), Point._field_defaults)
print(Span.__new__.__defaults__, Span(1))
print(Bare.__new__.__defaults__, Empty.__new__.__defaults__)

Node = namedtuple('Node', 'val left right')
Node.__new__.__defaults__ = (None,) * len(Node._fields)
print(Node(), Node(1), Node._field_defaults)
Node.__new__.__defaults__ = (7,)
print(Node(1, 2))
for call in (lambda: Node(1), lambda: Span(1, 2, 3, 4)):
    try:
        call()
    except TypeError as e:
        print(e)


Node.__new__.__defaults__ = (None, None)


async def build(depth):
    await asyncio.sleep(0.1)
    if depth == 0:
        return Node(depth)
    return Node(depth, await build(depth - 1))


print(asyncio.run(build(2)))
