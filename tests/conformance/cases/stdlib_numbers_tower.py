# The numbers module's abstract tower: isinstance over int, bool, float, complex, Fraction and
# Decimal (registered whichever module loads first), the abstract methods of each level, and the
# operations a concrete Real subclass gets from it (__sub__, divmod, complex(), real, bool).
from fractions import Fraction
import numbers
from decimal import Decimal
vals = [1, True, 2.5, 1j, Fraction(1, 3), Decimal("1.5"), "s", None]
for v in vals:
    print(repr(v), [c.__name__ for c in (numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral) if isinstance(v, c)])
print(sorted(numbers.Complex.__abstractmethods__))
print(sorted(numbers.Real.__abstractmethods__))
print(sorted(numbers.Rational.__abstractmethods__), sorted(numbers.Integral.__abstractmethods__))
try:
    numbers.Real()
except TypeError as e:
    print(e)
class Meters(numbers.Real):
    def __init__(self, v): self.v = float(v)
    def __float__(self): return self.v
    def __trunc__(self): return int(self.v)
    def __floor__(self): return int(self.v // 1)
    def __ceil__(self): return -int(-self.v // 1)
    def __round__(self, n=None): return round(self.v, n)
    def __floordiv__(self, o): return Meters(self.v // float(o))
    def __rfloordiv__(self, o): return Meters(float(o) // self.v)
    def __mod__(self, o): return Meters(self.v % float(o))
    def __rmod__(self, o): return Meters(float(o) % self.v)
    def __lt__(self, o): return self.v < float(o)
    def __le__(self, o): return self.v <= float(o)
    def __add__(self, o): return Meters(self.v + float(o))
    def __radd__(self, o): return Meters(float(o) + self.v)
    def __neg__(self): return Meters(-self.v)
    def __pos__(self): return Meters(self.v)
    def __mul__(self, o): return Meters(self.v * float(o))
    def __rmul__(self, o): return Meters(float(o) * self.v)
    def __truediv__(self, o): return Meters(self.v / float(o))
    def __rtruediv__(self, o): return Meters(float(o) / self.v)
    def __pow__(self, o): return Meters(self.v ** float(o))
    def __rpow__(self, o): return Meters(float(o) ** self.v)
    def __abs__(self): return Meters(abs(self.v))
    def __eq__(self, o): return self.v == float(o)
    def __repr__(self): return f"Meters({self.v:g})"
m = Meters(7.5)
print(m - 2, 10 - m, divmod(m, 2), complex(m), m.real, m.imag, m.conjugate(), bool(Meters(0)), isinstance(m, numbers.Complex))
try:
    hash(m)
except TypeError as e:
    print(e)
print(numbers.Integral.__mro__[1:], issubclass(bool, numbers.Integral), numbers.Number.__hash__)
