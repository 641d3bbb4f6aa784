import asyncio
import collections
import contextvars
import decimal
import functools
import itertools
import operator
import re

request_id = contextvars.ContextVar("request_id")


def describe(label, obj):
    # Error messages name a type CPython writes in C with its module: 'collections.OrderedDict'.
    try:
        obj.missing_attribute
    except AttributeError as exc:
        print(label, "->", exc)


async def main():
    # (Future, Task, datetime and threading.Lock are left out: the recorder runs its own ones.)
    describe("context var", request_id)
    describe("context", contextvars.copy_context())
    describe("token", request_id.set("r-1"))
    for obj in (itertools.chain(), itertools.count(), itertools.groupby([]), itertools.islice([], 1),
                functools.partial(print), operator.itemgetter(1), operator.attrgetter("a"),
                operator.methodcaller("a"), re.compile("a"), re.compile("a").match("a"),
                decimal.Decimal(1), decimal.Context(),
                collections.OrderedDict(), collections.defaultdict(list), collections.deque()):
        describe(type(obj).__name__, obj)
    for obj in (collections.OrderedDict(), collections.defaultdict(int), collections.deque()):
        try:
            hash(obj)
        except TypeError as exc:
            print("hash ->", exc)
    print(sorted(collections.Counter("hello").items()))


asyncio.run(main())
