"""Messages CPython gives for everyday mistakes: super() outside a method, deleting an attribute
an object cannot have (3.13 adds why), and the reprs of containers that hold themselves
(OrderedDict, defaultdict, deque; OrderedDict's form changed in 3.12)."""
import collections


def helper():
    return super()


def variadic(*args):
    return super()


def takes_one(x):
    return super()


for f in (helper, variadic, lambda: takes_one(1), lambda: super(1, 2)):
    try:
        f()
    except (RuntimeError, TypeError) as e:
        print(type(e).__name__, e)


class Meta1(type):
    pass


class Meta2(type):
    pass


class A(metaclass=Meta1):
    pass


class B(metaclass=Meta2):
    pass


try:
    type("X", (A, B), {})
except TypeError as e:
    print("TypeError:", e)


class Record:
    pass


class Compact:
    __slots__ = ("a",)


for obj in (Record(), object(), 5, [1], Compact(), "s", {}):
    for attr in ("x", "append"):
        try:
            delattr(obj, attr)
        except AttributeError as e:
            print("AttributeError:", e)
try:
    del Compact().a
except AttributeError as e:
    print("AttributeError:", e)

od = collections.OrderedDict(a=1)
od["self"] = od
print(od)
nested = collections.OrderedDict()
nested["x"] = [nested]
print(repr(nested))
dd = collections.defaultdict(list)
dd["me"] = dd
print(dd)
dq = collections.deque([1])
dq.append(dq)
print(dq)
d = {}
d["d"] = d
d["l"] = [d]
print(d)
