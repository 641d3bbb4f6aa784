"""The operator dunders of builtin types, called by name as real code does: through the type
(int.__add__), on a value ((5).__mul__), through super() in a subclass, and as reflected
operands that answer NotImplemented for types they do not take."""
import operator


print(int.__add__(2, 3), (5).__mul__(2), int.__neg__(5), (7).__floordiv__(2), (7).__mod__(3))
print((2).__pow__(10), (2).__pow__(10, 7), (3).__rsub__(10), (3).__truediv__(2), (2).__rpow__(3))
print(int.__radd__(2, "x"), (2).__add__(1.5), (2.0).__add__(1), float.__truediv__(1.0, 4))
print((3).__lt__(4), (3).__lt__(4.5), (3).__eq__("x"), int.__ne__(1, 2), (2.0).__eq__(2), (2.5).__ge__(2))
print((5).__and__(3), (5).__or__(3), (5).__xor__(3), (5).__lshift__(1), (5).__rshift__(1), (5).__invert__())
print(True.__and__(False), True.__or__(2), int.__and__(True, True), bool.__xor__(True, True))
print(float.__round__(2.567, 2), int.__round__(15, -1), float.__floor__(2.5), float.__ceil__(2.5), (7).__divmod__(2))
print((7.5).__rdivmod__(20), (3).__trunc__(), (-5).__pos__(), (2.5).__mul__("x"), (2.5).__neg__())
print(str.__len__("ab"), str.__add__("a", "b"), "a".__rmul__(2), "%s!".__mod__("x"), "x".__rmod__("<%s>"))
print(list.__getitem__([1, 2, 3], 1), list.__mul__([1], 2), [1].__rmul__(3), list.__lt__([1], [2]), [1].__lt__((2,)))
print(tuple.__mul__((1, 2), 2), (1, 2).__ge__((1,)), [1].__ne__([2]), (1,).__ne__((1,)), {1: 2}.__ne__({1: 2}))
print(set.__or__({1}, {2}), {1}.__rsub__({1, 2}), {1}.__lt__({1, 2}), frozenset({1}).__rand__({1, 3}))
print(dict.__ror__({1: 1}, {2: 2}), {1: 1}.__ror__([1]))
x = [1]
print(list.__imul__(x, 3), x)
try:
    [1].__mul__("a")
except TypeError as e:
    print("TypeError:", e)
print(int.__add__, float.__lt__, list.__mul__, object.__lt__)
print(sorted([3, 1, 2], key=int.__neg__), list(map(int.__mul__, [1, 2], [3, 4])), operator.add(2, 3))

d = {}
dict.__setitem__(d, "a", 1)
print(d, dict.__getitem__(d, "a"), dict.__contains__(d, "a"))


class Money(int):
    def __add__(self, other):
        return Money(super().__add__(other))

    def __repr__(self):
        return f"Money({int(self)})"


class Doubling(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 2)

    def __getitem__(self, k):
        return super().__getitem__(k) + 1


class Stack(list):
    def __add__(self, other):
        return Stack(super().__add__(other))

    def __mul__(self, n):
        return Stack(super().__mul__(n))

    def __lt__(self, other):
        return len(self) < len(other) or super().__lt__(other)


class Tags(frozenset):
    def __or__(self, other):
        return Tags(super().__or__(other))


print(Money(2) + 3, (2).__add__(Money(1)), 1 + Money(2), sum([Money(1), Money(2)], Money(0)))
m = Doubling({1: 2})
m[3] = 4
print(m, m[3])
s = Stack([1]) + [2]
print(type(s).__name__, s, type(s * 2).__name__, Stack([1, 2]) < Stack([3]), sorted([Stack([2]), Stack([1, 1])]))
print(Tags({1}) | {2}, type(Tags({1}) | {2}).__name__, Tags({1}) == frozenset({1}))

print(b"a" + b"c", b"ab" * 2, 3 * b"x", b"a" < b"b", b"ab" >= b"a", b"a" + bytearray(b"z"), bytes.__add__(b"a", b"b"))
print(sorted([b"b", b"a", b"ab"]), max(b"x", b"y"))
for expr in ('b"a" + "x"', 'b"a" * "x"', '"x" * b"a"', 'b"a" < "a"', 'b"a" - b"a"'):
    try:
        eval(expr)
    except TypeError as e:
        print("TypeError:", e)


class Blob(bytes):
    def hexed(self):
        return self.hex()


class Point(complex):
    pass


b = Blob(b"ab")
b.note = "kept"
print(b, b.hexed(), type(b).__name__, b == b"ab", len(b), b.note, b + b"c", isinstance(b, bytes))
print(Point(1, 2), type(Point(1, 2)).__name__, Point(1, 2) + 1, abs(Point(3, 4)))
