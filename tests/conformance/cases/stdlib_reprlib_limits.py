"""reprlib: the shared repr() cuts long containers, strings and ints where CPython cuts them, a Repr
with its own limits, and @recursive_repr answering its fill value when an object contains itself
(a decorated __repr__ still calls zero-argument super())."""
import asyncio
import reprlib
from collections import deque


print(reprlib.repr(list(range(100))))
print(reprlib.repr('x' * 100))
print(reprlib.repr({i: str(i) * 3 for i in range(10)}))
print(reprlib.repr(set(range(20))), reprlib.repr(frozenset('abcdefgh')))
print(reprlib.repr(deque(range(10))), reprlib.repr((1,)), reprlib.repr(2 ** 200))
print(reprlib.repr([[[[[[[[1]]]]]]]]))
r = reprlib.Repr()
r.maxlevel = 2
r.maxlist = 3
r.maxstring = 12
print(r.repr([[1, [2, [3]]], 'abcdefghijklmnopq', [4, 5, 6, 7]]))


class Node:
    def __init__(self, name):
        self.name = name
        self.children = []

    @reprlib.recursive_repr()
    def __repr__(self):
        return f'Node({self.name}, {self.children})'


root = Node('root')
root.children.append(Node('leaf'))
root.children.append(root)
print(root)
print(Node.__repr__.__name__, Node.__repr__.__qualname__)


class Ring(list):
    @reprlib.recursive_repr('<loop>')
    def __repr__(self):
        return 'Ring' + super().__repr__()


ring = Ring([1])
ring.append(ring)
print(ring)


async def show(x):
    await asyncio.sleep(0.1)
    return reprlib.repr(x)


async def main():
    out = await asyncio.gather(*(show(list(range(n))) for n in (3, 8)))
    print(out)


asyncio.run(main())

print(reprlib.Repr().repr(['a' * 40]))
try:
    print(reprlib.Repr(maxlist=2).repr([1, 2, 3]))
except TypeError as e:
    print('3.11:', e)


class deque(deque):
    pass


# 3.14 keeps repr_deque for collections' own deque: this one is cut as any other object.
print(reprlib.repr(deque(range(10))))
