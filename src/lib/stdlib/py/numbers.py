# `numbers`: the abstract numeric tower (PEP 3141), Number > Complex > Real > Rational > Integral.
# Each level names the operations a concrete type must define (abstract) and derives the rest from
# them; complex, float and int are registered at their levels, fractions.Fraction as Rational and
# decimal.Decimal as a plain Number (whichever of those modules is loaded, before or after this one).

from abc import ABCMeta, abstractmethod
import sys as _sys

__all__ = ["Number", "Complex", "Real", "Rational", "Integral"]


def _abstract(*names):
    """Abstract placeholders for the named methods, to put in a class body."""
    def make(name):
        def method(self, *args):
            raise NotImplementedError
        method.__name__ = name
        return abstractmethod(method)
    return {name: make(name) for name in names}


def _abstract_property():
    return property(abstractmethod(lambda self: NotImplemented))


class Number(metaclass=ABCMeta):
    """Every number: isinstance(x, Number) says x is one of any kind."""
    __slots__ = ()
    # Concrete numbers define their own hash; the abstract ones are not hashable.
    __hash__ = None


class Complex(Number):
    """The operations of the complex type."""
    __slots__ = ()
    locals().update(_abstract(
        '__complex__', '__add__', '__radd__', '__neg__', '__pos__', '__mul__', '__rmul__',
        '__truediv__', '__rtruediv__', '__pow__', '__rpow__', '__abs__', 'conjugate', '__eq__'))
    real = _abstract_property()
    imag = _abstract_property()

    def __bool__(self):
        return self != 0

    def __sub__(self, other):
        return self + -other

    def __rsub__(self, other):
        return -self + other


Complex.register(complex)


class Real(Complex):
    """Complex numbers on the real line: ordered, and convertible to float."""
    __slots__ = ()
    locals().update(_abstract(
        '__float__', '__trunc__', '__floor__', '__ceil__', '__round__', '__floordiv__', '__rfloordiv__',
        '__mod__', '__rmod__', '__lt__', '__le__'))

    def __divmod__(self, other):
        return (self // other, self % other)

    def __rdivmod__(self, other):
        return (other // self, other % self)

    def __complex__(self):
        return complex(float(self))

    @property
    def real(self):
        return +self

    @property
    def imag(self):
        return 0

    def conjugate(self):
        return +self


Real.register(float)


class Rational(Real):
    """Real numbers that are a ratio of two integers."""
    __slots__ = ()
    numerator = _abstract_property()
    denominator = _abstract_property()

    def __float__(self):
        return int(self.numerator) / int(self.denominator)


class Integral(Rational):
    """The integers: bitwise operations, and usable as an index."""
    __slots__ = ()
    locals().update(_abstract(
        '__int__', '__pow__', '__lshift__', '__rlshift__', '__rshift__', '__rrshift__', '__and__', '__rand__',
        '__xor__', '__rxor__', '__or__', '__ror__', '__invert__'))

    def __index__(self):
        return int(self)

    def __float__(self):
        return float(int(self))

    @property
    def numerator(self):
        return +self

    @property
    def denominator(self):
        return 1


Integral.register(int)


def _register_loaded():
    """Register Fraction and Decimal if their modules are loaded (they register themselves otherwise)."""
    fractions = _sys.modules.get('fractions')
    if fractions is not None:
        Rational.register(fractions.Fraction)
    decimal = _sys.modules.get('decimal')
    if decimal is not None:
        Number.register(decimal.Decimal)


_register_loaded()
