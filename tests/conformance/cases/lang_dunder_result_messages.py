# What CPython says when a dunder's result or a statement's operand has the wrong type:
# __index__ returning a non-int (indexing, slicing, bin(), operator.index); str() of an object
# whose __repr__ (object's __str__ calls it) returns a non-str, which names __str__; `raise X
# from Y` with a Y that is no exception; a generator context manager entered twice (its func,
# args and kwds are forgotten on first use, args first). Last, setting an attribute an object
# without __dict__ lacks: 3.13 gives the error the object and name, so the traceback suggests
# the near name; 3.11 and 3.12 neither.
import asyncio
import contextlib
import operator


class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


class BadRepr:
    def __repr__(self):
        return 42


@contextlib.contextmanager
def once():
    yield 'inside'


@contextlib.asynccontextmanager
async def aonce():
    yield 'inside'


class Slotted:
    __slots__ = ('name',)


def attempt(label, fn):
    try:
        print(label, fn())
    except (TypeError, AttributeError, RuntimeError) as e:
        print(label, f'{type(e).__name__}: {e}')


async def main():
    data = list(range(10))
    attempt('index ok', lambda: (data[Idx(2)], data[Idx(1):Idx(3)], bin(Idx(5)), operator.index(Idx(7))))
    attempt('index str', lambda: data[Idx('x')])
    attempt('slice float', lambda: data[Idx(1.5):])
    attempt('bin None', lambda: bin(Idx(None)))
    attempt('operator.index', lambda: operator.index(Idx([])))
    attempt('repr', lambda: repr(BadRepr()))
    attempt('str', lambda: str(BadRepr()))
    attempt('f-string', lambda: f'{BadRepr()}')
    attempt('format', lambda: format(BadRepr(), ''))

    def raise_from(cause):
        raise ValueError('v') from cause

    for cause in (3, 'text', int, None, KeyError, KeyError('k')):
        try:
            raise_from(cause)
        except ValueError as e:
            print('from', repr(cause), '->', repr(e.__cause__), e.__suppress_context__)
        except TypeError as e:
            print('from', repr(cause), '-> TypeError:', e)
    cm = once()
    with cm as v:
        print(v)
    attempt('reuse', lambda: cm.__enter__())
    acm = aonce()
    async with acm as v:
        print(v)
    try:
        await acm.__aenter__()
    except AttributeError as e:
        print('async reuse AttributeError:', e)
    del acm
    s = Slotted()
    s.name = 'ok'
    s.nme = 'typo'


asyncio.run(main())
