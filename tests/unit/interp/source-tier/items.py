# Subscripts the source tier reads and writes in place (plain lists, tuples and dicts with str
# keys) beside the ones it leaves to getitem/setitem, and method calls on every kind of callee.
import collections


class Missing(dict):
    def __missing__(self, key):
        return "missing " + key


class Logged(dict):
    def __setitem__(self, key, value):
        print("set", key, value)
        super().__setitem__(key, value)

    def __getitem__(self, key):
        print("get", key)
        return super().__getitem__(key)


def counts(words, d):
    for w in words:
        d[w] = d.get(w, 0) + 1
        d[w] += 1
    return d


def items(seq, i):
    seq[i] += 10
    seq[-1] *= 2
    return seq[i], seq[-1]


def reads(d, keys):
    out = []
    for k in keys:
        out.append(d[k])
    return out


class Static:
    @staticmethod
    def s(x):
        return ("static", x)

    @classmethod
    def c(cls, x):
        return (cls.__name__, x)

    def m(self, x, y=2):
        return ("m", x, y)


def methods(o, text):
    o.f = lambda x: ("attr", x)
    return [o.s(1), o.c(2), o.m(3), o.m(4, 5), o.f(6), text.split(), text.upper(), text.replace("a", "b", 1)]


print(counts(["a", "\x00a", "", "a", "\x00", ""], {}))
print(counts(["a", "b", "a"], collections.Counter()))
print(counts(["x", "y"], Logged()))
d = {"other": 1}
print(reads(d, ["other", "other"]), reads(Missing(a=1), ["a", "b"]), reads((5, 6), [1, -2]))
print(items([1, 2, 3], 0), items([1, 2.5, "s"], -2), items({0: 1, -1: 2, "k": 3}, 0))
print(methods(Static(), "a a  b\tc"))
t = {"n": 1}
t["n"] += 1.5
t["s"] = "x"
t["s"] *= 3
print(t)
try:
    items((1, 2), 0)
except TypeError as e:
    print("TypeError", e)
try:
    items([1], 5)
except IndexError as e:
    print("IndexError", e)


def bump(d, k):
    d[k] += 1


bump({"a": 1}, "missing key")
