"""functools.total_ordering fills in the missing comparisons with functools' own functions, renamed
to the operator: their __qualname__ (`_gt_from_lt`), __module__ and docstrings are CPython's, and
the same function object serves every class derived from the same root."""
import asyncio
import functools


@functools.total_ordering
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split('.'))

    def __eq__(self, other):
        return self.parts == other.parts

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts

    def __repr__(self):
        return 'v' + '.'.join(map(str, self.parts))


@functools.total_ordering
class Score:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        return self.n == other.n

    def __ge__(self, other):
        return self.n >= other.n


@functools.total_ordering
class Rank(Score):
    pass


async def describe(cls, names):
    await asyncio.sleep(0.1)
    for name in names:
        f = cls.__dict__.get(name)
        if f is None:
            print(cls.__name__, name, 'inherited')
            continue
        print(cls.__name__, name, f.__name__, f.__qualname__, f.__module__)
        print('   ', f.__doc__)


async def main():
    await asyncio.gather(describe(Version, ['__le__', '__gt__', '__ge__']),
                         describe(Score, ['__le__', '__gt__', '__lt__']),
                         describe(Rank, ['__le__', '__lt__']))

    @functools.total_ordering
    class Other:
        def __lt__(self, other):
            return False

    print(Version.__gt__ is Other.__gt__, Version.__le__ is Score.__le__)
    print(sorted([Version('1.10'), Version('1.2'), Version('0.9')]), Version('2') >= Version('1.9'))
    print(Score(1) < Score(2), Score(3) <= Score(3), Score(3) > Score(4))
    try:
        Version('1') > 3
    except TypeError as e:
        print('TypeError:', e)


asyncio.run(main())
