# sys.getsizeof of values whose size does not depend on their history: ints by digit count, str by
# kind (ASCII, latin-1, UCS-2, UCS-4; the sizes changed in 3.12), bytes, tuples, floats, the
# singletons, ranges, slices, and instances of the program's classes (with a dict, with
# __slots__, with a __sizeof__ of their own, and the default when __sizeof__ raises TypeError).
import sys


class Plain:
    pass


class Slotted:
    __slots__ = ('a', 'b')


class Empty:
    __slots__ = ()


class Wider(Slotted):
    pass


class Measured:
    def __sizeof__(self):
        return 100


class MeasuredSlots:
    __slots__ = ('x',)

    def __sizeof__(self):
        return 100


class Refusing:
    def __sizeof__(self):
        raise TypeError('no size')


class Negative:
    def __sizeof__(self):
        return -1


values = [0, 1, -1, 2 ** 30 - 1, 2 ** 30, 2 ** 60, 2 ** 90, -2 ** 200, True, False, 0.0, 1.5, 2j, None,
          Ellipsis, NotImplemented, '', 'a', 'abc', 'x' * 100, 'é', chr(200), 'éa', 'é' * 50, '€', '€a',
          '😀', 'a😀', b'', b'abc', (), (1,), (1, 2, 3), tuple(range(20)), range(10), slice(1, 2),
          object(), frozenset()]
for v in values:
    print(type(v).__name__, ascii(v)[:24] if type(v) is not object else '', sys.getsizeof(v))
for cls in (Plain, Slotted, Empty, Wider, Measured, MeasuredSlots):
    print(cls.__name__, sys.getsizeof(cls()))
print(sys.getsizeof(Refusing(), 'default'), sys.getsizeof(object=1.0), sys.getsizeof(7, default=0))
for attempt in (lambda: sys.getsizeof(Refusing()), lambda: sys.getsizeof(Negative()),
                lambda: sys.getsizeof(Negative(), 5), lambda: sys.getsizeof(), lambda: sys.getsizeof(1, 2, 3),
                lambda: sys.getsizeof(1, size=2), lambda: sys.getsizeof(1, object=2)):
    try:
        print(attempt())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
