"""Unpacking the wrong number of values: 3.14 says how many an exact list, tuple or dict had when
there were too many (not for subclasses, sets, strings or iterators); earlier versions never do."""
import asyncio


class Row(list):
    pass


for value in [{1: 1, 2: 2, 3: 3}, {1, 2, 3}, 'abc', b'abc', Row([1, 2, 3]), range(3), (1, 2, 3), [1, 2, 3],
              (1,), iter([1, 2, 3])]:
    try:
        a, b = value
    except ValueError as e:
        print(type(value).__name__, e)


async def pairs():
    await asyncio.sleep(0.1)
    return [(1, 2), (3, 4, 5)]


async def main():
    try:
        for x, y in await pairs():
            print(x, y)
    except ValueError as e:
        print('loop target:', e)
    try:
        print([k for k, v in [('a', 1), ('b', 2, 3)]])
    except ValueError as e:
        print('comprehension target:', e)


asyncio.run(main())
