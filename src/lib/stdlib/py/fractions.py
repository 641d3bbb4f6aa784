# `fractions`: Fraction, exact rational numbers, mixing with int (exact), float and complex
# (inexact results) as CPython's does, and built from a Decimal (exactly); format() is exact
# for the 'f', 'F' and '%' presentation types and goes through float for 'e' and 'g'.

import math
import sys as _sys

__all__ = ['Fraction']

_HASH_MODULUS = 2 ** 61 - 1
_HASH_INF = 314159


def _parse(text):
    s = text.strip().replace('_', '')
    sign = 1
    if s[:1] in ('+', '-'):
        if s[0] == '-':
            sign = -1
        s = s[1:]
    if '/' in s:
        num, _, den = s.partition('/')
        num = num.rstrip()
        den = den.lstrip()
        if not num.isdigit() or not den.isdigit() or not num.isascii() or not den.isascii():
            return None
        return sign * int(num), int(den)
    exp = 0
    low = s.lower()
    if 'e' in low:
        i = low.index('e')
        mant, e = s[:i], s[i + 1:]
        digits = e[1:] if e[:1] in ('+', '-') else e
        if not digits.isdigit() or not digits.isascii():
            return None
        exp = int(e)
        s = mant
    whole, dot, frac = s.partition('.')
    if not (whole or frac) or (whole and not whole.isdigit()) or (frac and not frac.isdigit()):
        return None
    if not (whole + frac).isascii():
        return None
    n = int(whole + frac) if whole + frac else 0
    d = 10 ** len(frac)
    if exp >= 0:
        n *= 10 ** exp
    else:
        d *= 10 ** -exp
    return sign * n, d


def _round_half_even(n, d):
    q, r = divmod(n, d)
    if 2 * r > d or (2 * r == d and q % 2 == 1):
        q += 1
    return q


class Fraction:
    __slots__ = ('_numerator', '_denominator')

    def __new__(cls, numerator=0, denominator=None):
        self = object.__new__(cls)
        if denominator is None:
            if type(numerator) is int:
                self._numerator = numerator
                self._denominator = 1
                return self
            elif isinstance(numerator, Fraction):
                self._numerator = numerator._numerator
                self._denominator = numerator._denominator
                return self
            elif isinstance(numerator, (int, bool)):
                self._numerator = int(numerator)
                self._denominator = 1
                return self
            elif isinstance(numerator, float):
                self._numerator, self._denominator = numerator.as_integer_ratio()
                return self
            elif isinstance(numerator, str):
                parsed = _parse(numerator)
                if parsed is None:
                    raise ValueError('Invalid literal for Fraction: %r' % numerator)
                numerator, denominator = parsed
            elif hasattr(numerator, 'as_integer_ratio'):
                self._numerator, self._denominator = numerator.as_integer_ratio()
                return self
            else:
                raise TypeError('argument should be a string or a Rational instance')
        elif type(numerator) is int is type(denominator):
            pass
        elif isinstance(numerator, (int, Fraction)) and isinstance(denominator, (int, Fraction)):
            n1, d1 = _pair(numerator)
            n2, d2 = _pair(denominator)
            numerator, denominator = n1 * d2, d1 * n2
        else:
            raise TypeError('both arguments should be Rational instances')
        if denominator == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % numerator)
        g = math.gcd(numerator, denominator)
        if denominator < 0:
            g = -g
        self._numerator = numerator // g
        self._denominator = denominator // g
        return self

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            return cls(f)
        elif not isinstance(f, float):
            raise TypeError('%s.from_float() only takes floats, not %r (%s)' % (cls.__name__, f, type(f).__name__))
        return cls._from_coprime_ints(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        from decimal import Decimal
        if isinstance(dec, int):
            dec = Decimal(int(dec))
        elif not isinstance(dec, Decimal):
            raise TypeError('%s.from_decimal() only takes Decimals, not %r (%s)' % (cls.__name__, dec, type(dec).__name__))
        return cls._from_coprime_ints(*dec.as_integer_ratio())

    @classmethod
    def _from_coprime_ints(cls, numerator, denominator, /):
        obj = object.__new__(cls)
        obj._numerator = numerator
        obj._denominator = denominator
        return obj

    def is_integer(self):
        return self._denominator == 1

    def as_integer_ratio(self):
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        if max_denominator < 1:
            raise ValueError('max_denominator should be at least 1')
        if self._denominator <= max_denominator:
            return Fraction(self)
        p0, q0, p1, q1 = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q2 = q0 + a * q1
            if q2 > max_denominator:
                break
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
            n, d = d, n - a * d
        k = (max_denominator - q0) // q1
        if 2 * d * (q0 + k * q1) <= self._denominator:
            return Fraction._from_coprime_ints(p1, q1)
        else:
            return Fraction._from_coprime_ints(p0 + k * p1, q0 + k * q1)

    @property
    def numerator(a):
        return a._numerator

    @property
    def denominator(a):
        return a._denominator

    def __repr__(self):
        return '%s(%s, %s)' % (self.__class__.__name__, self._numerator, self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return '%s/%s' % (self._numerator, self._denominator)

    def __format__(self, format_spec, /):
        if not format_spec:
            return str(self)
        if _sys.version_info < (3, 12):
            # Format specs for Fraction came in 3.12; before, object.__format__ refused them.
            raise TypeError(f'unsupported format string passed to {type(self).__name__}.__format__')
        spec = format_spec
        kind = spec[-1]
        if kind in 'fF%':
            body = spec[:-1]
            sign = ''
            if body[:1] in '+- ':
                sign, body = body[0], body[1:]
            width, _, prec = body.partition('.')
            if (width and not width.isdigit()) or (prec and not prec.isdigit()) or (not _ and prec):
                return format(float(self), format_spec)
            precision = int(prec) if prec else 6
            n, d = self._numerator, self._denominator
            if kind == '%':
                n *= 100
            neg = n < 0
            q = _round_half_even(abs(n) * 10 ** precision, d)
            digits = str(q).rjust(precision + 1, '0')
            text = digits[:len(digits) - precision] + ('.' + digits[len(digits) - precision:] if precision else '')
            if kind == '%':
                text += '%'
            if neg and q:
                text = '-' + text
            elif neg:
                text = '-' + text
            elif sign in '+ ':
                text = sign + text
            return text.rjust(int(width)) if width else text
        return format(float(self), format_spec)

    # Arithmetic: exact with ints and fractions, float with floats, complex with complexes.
    def _operate(a, b, exact, inexact, name):
        if isinstance(b, (int, Fraction)):
            return exact(a, Fraction(b) if not isinstance(b, Fraction) else b)
        if isinstance(b, float):
            return inexact(float(a), b)
        if isinstance(b, complex):
            return inexact(complex(a), b)
        return NotImplemented

    def _roperate(b, a, exact, inexact):
        if isinstance(a, (int, Fraction)):
            return exact(Fraction(a) if not isinstance(a, Fraction) else a, b)
        if isinstance(a, float):
            return inexact(a, float(b))
        if isinstance(a, complex):
            return inexact(a, complex(b))
        return NotImplemented

    def __add__(a, b):
        return a._operate(b, _add, lambda x, y: x + y, 'add')

    def __radd__(b, a):
        return b._roperate(a, _add, lambda x, y: x + y)

    def __sub__(a, b):
        return a._operate(b, _sub, lambda x, y: x - y, 'sub')

    def __rsub__(b, a):
        return b._roperate(a, _sub, lambda x, y: x - y)

    def __mul__(a, b):
        return a._operate(b, _mul, lambda x, y: x * y, 'mul')

    def __rmul__(b, a):
        return b._roperate(a, _mul, lambda x, y: x * y)

    def __truediv__(a, b):
        return a._operate(b, _div, lambda x, y: x / y, 'div')

    def __rtruediv__(b, a):
        return b._roperate(a, _div, lambda x, y: x / y)

    def __floordiv__(a, b):
        return a._operate(b, _floordiv, lambda x, y: x // y, 'floordiv')

    def __rfloordiv__(b, a):
        return b._roperate(a, _floordiv, lambda x, y: x // y)

    def __mod__(a, b):
        return a._operate(b, _mod, lambda x, y: x % y, 'mod')

    def __rmod__(b, a):
        return b._roperate(a, _mod, lambda x, y: x % y)

    def __divmod__(a, b):
        return a._operate(b, _divmod, divmod, 'divmod')

    def __rdivmod__(b, a):
        return b._roperate(a, _divmod, divmod)

    def __pow__(a, b, modulo=None):
        if modulo is not None:
            return NotImplemented
        if isinstance(b, Fraction) and b._denominator == 1:
            b = b._numerator
        if isinstance(b, int):
            power = b
            if power >= 0:
                return Fraction._from_coprime_ints(a._numerator ** power, a._denominator ** power)
            elif a._numerator > 0:
                return Fraction._from_coprime_ints(a._denominator ** -power, a._numerator ** -power)
            elif a._numerator == 0:
                raise ZeroDivisionError('Fraction(%s, 0)' % a._denominator ** -power)
            else:
                return Fraction._from_coprime_ints((-a._denominator) ** -power, (-a._numerator) ** -power)
        elif isinstance(b, (float, complex)):
            return float(a) ** b
        elif isinstance(b, Fraction):
            return float(a) ** float(b)
        return NotImplemented

    def __rpow__(b, a, modulo=None):
        if modulo is not None:
            return NotImplemented
        if b._denominator == 1 and b._numerator >= 0:
            return a ** b._numerator
        if isinstance(a, int):
            return Fraction(a) ** b
        if b._denominator == 1:
            return a ** b._numerator
        return a ** float(b)

    def __pos__(a):
        return Fraction._from_coprime_ints(a._numerator, a._denominator)

    def __neg__(a):
        return Fraction._from_coprime_ints(-a._numerator, a._denominator)

    def __abs__(a):
        return Fraction._from_coprime_ints(abs(a._numerator), a._denominator)

    def __int__(a):
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    def __trunc__(a):
        return a.__int__()

    def __float__(a):
        return a._numerator / a._denominator

    def __complex__(a):
        return complex(float(a))

    def __floor__(a):
        return a._numerator // a._denominator

    def __ceil__(a):
        return -(-a._numerator // a._denominator)

    def __round__(self, ndigits=None):
        if ndigits is None:
            d = self._denominator
            floor, remainder = divmod(self._numerator, d)
            if remainder * 2 < d:
                return floor
            elif remainder * 2 > d:
                return floor + 1
            elif floor % 2 == 0:
                return floor
            else:
                return floor + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        else:
            return Fraction(round(self / shift) * shift)

    def __hash__(self):
        try:
            dinv = pow(self._denominator, -1, _HASH_MODULUS)
        except ValueError:
            hash_ = _HASH_INF
        else:
            hash_ = hash(hash(abs(self._numerator)) * dinv)
        result = hash_ if self._numerator >= 0 else -hash_
        return -2 if result == -1 else result

    def __eq__(a, b):
        if type(b) is int:
            return a._numerator == b and a._denominator == 1
        if isinstance(b, Fraction):
            return a._numerator == b._numerator and a._denominator == b._denominator
        if isinstance(b, int):
            return a._numerator == int(b) and a._denominator == 1
        if isinstance(b, complex) and b.imag == 0:
            b = b.real
        if isinstance(b, float):
            if math.isnan(b) or math.isinf(b):
                return 0.0 == b
            return a == a.from_float(b)
        return NotImplemented

    def _richcmp(self, other, op):
        if isinstance(other, (int, Fraction)):
            n2, d2 = _pair(other)
            return op(self._numerator * d2, self._denominator * n2)
        if isinstance(other, float):
            if math.isnan(other) or math.isinf(other):
                return op(0.0, other)
            return op(self, self.from_float(other))
        return NotImplemented

    def __lt__(a, b):
        return a._richcmp(b, lambda x, y: x < y)

    def __gt__(a, b):
        return a._richcmp(b, lambda x, y: x > y)

    def __le__(a, b):
        return a._richcmp(b, lambda x, y: x <= y)

    def __ge__(a, b):
        return a._richcmp(b, lambda x, y: x >= y)

    def __bool__(a):
        return bool(a._numerator)

    def __copy__(self):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)


def _pair(x):
    if isinstance(x, Fraction):
        return x._numerator, x._denominator
    return int(x), 1


def _add(a, b):
    na, da = a._numerator, a._denominator
    nb, db = b._numerator, b._denominator
    return Fraction(na * db + nb * da, da * db)


def _sub(a, b):
    na, da = a._numerator, a._denominator
    nb, db = b._numerator, b._denominator
    return Fraction(na * db - nb * da, da * db)


def _mul(a, b):
    return Fraction(a._numerator * b._numerator, a._denominator * b._denominator)


def _div(a, b):
    nb, db = b._numerator, b._denominator
    if nb == 0:
        raise ZeroDivisionError('Fraction(%s, 0)' % db)
    return Fraction(a._numerator * db, a._denominator * nb)


def _floordiv(a, b):
    return (a._numerator * b._denominator) // (a._denominator * b._numerator)


def _divmod(a, b):
    da, db = a._denominator, b._denominator
    div, n_mod = divmod(a._numerator * db, da * b._numerator)
    return div, Fraction(n_mod, da * db)


def _mod(a, b):
    da, db = a._denominator, b._denominator
    return Fraction((a._numerator * db) % (b._numerator * da), da * db)


# A Rational of the numbers tower (registered there if numbers loads after this module).
if 'numbers' in _sys.modules:
    _sys.modules['numbers'].Rational.register(Fraction)
