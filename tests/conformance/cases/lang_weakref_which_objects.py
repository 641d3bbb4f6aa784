# Which objects weakref.ref accepts: a class's instances unless its __slots__ leave out __weakref__
# (or its base is int, tuple or bytes); set, frozenset, functions, methods, classes, modules,
# generators and deques yes; object(), exceptions of the builtins, iterators, dict views, bytearray,
# itertools' objects, timedelta, Decimal, defaultdict, re.Match and SimpleNamespace no, their
# TypeError naming a C type outside builtins with its module. (datetime.date is left out: the
# recorder replaces it with a class of its own.)
import asyncio
import collections
import datetime
import decimal
import functools
import itertools
import re
import types
import weakref


class Plain:
    def method(self):
        pass


class Slotted:
    __slots__ = ("a",)


class SlottedChild(Slotted):
    pass


class SlottedAgain(Slotted):
    __slots__ = ("b",)


class WithWeak:
    __slots__ = ("a", "__weakref__")


class WithWeakChild(WithWeak):
    __slots__ = ()


class MyInt(int):
    pass


class MyTuple(tuple):
    pass


class MyStr(str):
    pass


class MyList(list):
    __slots__ = ()


class MyError(Exception):
    pass


class SlottedError(Exception):
    __slots__ = ()


class MyDate(datetime.date):
    pass


Point = collections.namedtuple("Point", "x y")


def gen():
    yield 1


def check(label, obj):
    try:
        r = weakref.ref(obj)
        print(f"{label:<14} ok   alive={r() is obj}")
    except TypeError as e:
        print(f"{label:<14} {e}")


async def main():
    await asyncio.sleep(0)
    cases = [
        ("Plain", Plain()), ("Slotted", Slotted()), ("SlottedChild", SlottedChild()),
        ("SlottedAgain", SlottedAgain()), ("WithWeak", WithWeak()), ("WithWeakChild", WithWeakChild()),
        ("MyInt", MyInt(3)), ("MyTuple", MyTuple()), ("MyStr", MyStr("s")), ("MyList", MyList()),
        ("MyError", MyError()), ("SlottedError", SlottedError()), ("ValueError", ValueError()),
        ("MyDate", MyDate(2024, 1, 1)), ("Point", Point(1, 2)),
        ("set", set()), ("frozenset", frozenset()), ("function", check), ("method", Plain().method),
        ("builtin", len), ("class", Plain), ("module", types), ("generator", gen()),
        ("deque", collections.deque()), ("OrderedDict", collections.OrderedDict()), ("partial", functools.partial(len)),
        ("Pattern", re.compile("x")), ("object", object()), ("int", 1), ("float", 1.5), ("bool", True),
        ("None", None), ("bytearray", bytearray()), ("list_iter", iter([])), ("dict_keys", {}.keys()),
        ("range", range(3)), ("slice", slice(1)), ("count", itertools.count()), ("chain", itertools.chain()),
        ("timedelta", datetime.timedelta(1)), ("Decimal", decimal.Decimal(1)),
        ("defaultdict", collections.defaultdict()), ("Match", re.match("x", "x")),
        ("Namespace", types.SimpleNamespace()), ("weakref", weakref.ref(Plain)),
    ]
    for label, obj in cases:
        check(label, obj)
    try:
        weakref.WeakSet().add(Slotted())
    except TypeError as e:
        print("WeakSet:", e)
    try:
        weakref.WeakValueDictionary()["k"] = Point(1, 2)
    except TypeError as e:
        print("WeakValueDictionary:", e)


asyncio.run(main())
