# Built-in types CPython refuses as a base class (bool, range, slice, NoneType, iterators, ...) raise
# TypeError at the class statement; the ones it accepts still subclass.
import contextvars
import datetime
import operator
import re
import types


def f():
    pass


async def co():
    pass


def gen():
    yield


async def agen():
    yield


class Slotted:
    __slots__ = ("a",)

    def m(self):
        pass


coroutine = co()
coroutine.close()
candidates = [
    bool, range, slice, type(None), type(NotImplemented), type(Ellipsis), memoryview,
    type(f), type(Slotted().m), type(len), type(gen()), type(coroutine), type(agen()),
    type(f.__code__), type(Slotted.a),
    type({}.keys()), type({}.values()), type({}.items()),
    type(iter({})), type(iter({}.values())), type(iter({}.items())), type(reversed({})),
    type(iter([])), type(reversed([])), type(iter(())), type(iter(set())), type(iter("")), type(iter("é")),
    type(iter(b"")), type(iter(range(1))),
    contextvars.Context, contextvars.ContextVar, contextvars.Token, datetime.timezone, re.Pattern, re.Match,
    operator.itemgetter, operator.attrgetter, operator.methodcaller,
    int, str, list, dict, tuple, set, frozenset, bytes, bytearray, float, complex, object, type,
    property, staticmethod, classmethod, enumerate, zip, map, filter, reversed, super, Exception,
    types.SimpleNamespace, types.ModuleType, datetime.tzinfo, datetime.date,
]
for base in candidates:
    try:
        class Sub(base):
            pass
        print(base.__name__, "subclassed")
    except TypeError as e:
        print(base.__name__, e)

try:
    class Two(int, bool):
        pass
except TypeError as e:
    print("Two:", e)
