# `fractions`: Fraction, exact rational numbers, mixing with int (exact), float and complex
# (inexact results) as CPython's does, and built from a Decimal (exactly); format() is exact for
# every presentation type (3.12+), and without one (3.13+) gives the fraction padded and grouped.

import math
import re as _re
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


# Format specs (3.12+): fill/align, sign, then for the float-style presentation types 'z', '#', a
# zero pad, width, grouping, precision (3.14: the fraction digits grouped too); without a
# presentation type (3.13+) no zero pad and no precision.
_ALIGN_SIGN = r'(?:(?P<fill>.)?(?P<align>[<>=^]))?(?P<sign>[-+ ]?)'
_PLAIN_SPEC = _re.compile(_ALIGN_SIGN + r'(?P<alt>#)?(?P<width>0|[1-9][0-9]*)?(?P<group>[,_])?', _re.S)
_FLOAT_SPEC = _re.compile(
    _ALIGN_SIGN + r'(?P<z>z)?(?P<alt>#)?(?P<zero>0(?=[0-9]))?(?P<width>0|[1-9][0-9]*)?(?P<group>[,_])?'
    r'(?:\.(?P<prec>0|[1-9][0-9]*))?(?P<kind>[eEfFgG%])', _re.S)
_FLOAT_SPEC_314 = _re.compile(
    _ALIGN_SIGN + r'(?P<z>z)?(?P<alt>#)?(?P<zero>0(?=[0-9]))?(?P<width>[0-9]+)?(?P<group>[,_])?'
    r'(?:\.(?=[,_0-9])(?P<prec>[0-9]+)?(?P<fgroup>[,_])?)?(?P<kind>[eEfFgG%])', _re.S)


def _scaled_round(n, d, exponent):
    """n/d in units of 10**exponent, rounded to the nearest int (a tie to the even one)."""
    if exponent >= 0:
        d *= 10 ** exponent
    else:
        n *= 10 ** -exponent
    q, r = divmod(n + d // 2, d)
    if r == 0 and d % 2 == 0:
        q -= q % 2
    return q


def _significant(n, d, figures):
    """|n/d| to `figures` significant digits: (digits as an int, exponent of its last digit)."""
    if n == 0:
        return 0, 1 - figures
    n = abs(n)
    magnitude = len(str(n)) - len(str(d))
    if n >= d * 10 ** magnitude if magnitude >= 0 else n * 10 ** -magnitude >= d:
        magnitude += 1
    exponent = magnitude - figures
    q = _scaled_round(n, d, exponent)
    if q >= 10 ** figures:
        # rounding carried into one more digit (9.96 to 2 figures is 10.)
        q //= 10
        exponent += 1
    return q, exponent


def _grouped(digits, sep):
    first = 1 + (len(digits) - 1) % 3
    return digits[:first] + ''.join(sep + digits[i:i + 3] for i in range(first, len(digits), 3))


def _padded(sign, body, fill, align, width):
    room = width - len(sign) - len(body)
    pad = fill * room if room > 0 else ''
    if align == '<':
        return sign + body + pad
    if align == '^':
        return pad[:len(pad) // 2] + sign + body + pad[len(pad) // 2:]
    if align == '=':
        return sign + pad + body
    return pad + sign + body


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
        if _sys.version_info < (3, 12):
            if not format_spec:
                return str(self)
            # Format specs for Fraction came in 3.12; before, object.__format__ refused them.
            raise TypeError(f'unsupported format string passed to {type(self).__name__}.__format__')
        if _sys.version_info >= (3, 13):
            plain = _PLAIN_SPEC.fullmatch(format_spec)
            if plain is not None:
                return self._format_plain(plain)
        elif not format_spec:
            return str(self)
        spec = (_FLOAT_SPEC_314 if _sys.version_info >= (3, 14) else _FLOAT_SPEC).fullmatch(format_spec)
        message = f'Invalid format specifier {format_spec!r} for object of type {type(self).__name__!r}'
        if spec is not None:
            if spec['align'] is None or spec['zero'] is None:
                return self._format_float(spec)
            if _sys.version_info < (3, 13):
                message += "; can't use explicit alignment when zero-padding"
        raise ValueError(message)

    def _format_plain(self, spec):
        """No presentation type: 'n/d' (or 'n' for a whole number unless '#'), padded and grouped."""
        group = spec['group'] or ''
        n, d = self._numerator, self._denominator
        body = format(abs(n), group)
        if d > 1 or spec['alt']:
            body += '/' + format(d, group)
        sign = '-' if n < 0 else spec['sign'].replace('-', '')
        return _padded(sign, body, spec['fill'] or ' ', spec['align'] or '>', int(spec['width'] or 0))

    def _format_float(self, spec):
        """The presentation types e, E, f, F, g, G and %, rounded exactly (half to even)."""
        kind = spec['kind']
        alt = bool(spec['alt'])
        precision = int(spec['prec'] or 6)
        n, d = self._numerator, self._denominator
        if kind in 'fF%':
            q = _scaled_round(n, d, -precision - (2 if kind == '%' else 0))
            negative = q < 0 if spec['z'] else n < 0
            q = abs(q)
            scientific = False
            after_point = precision
        else:
            figures = max(precision, 1) if kind in 'gG' else precision + 1
            q, exponent = _significant(n, d, figures)
            negative = n < 0
            scientific = kind in 'eE' or exponent > 0 or exponent + figures <= -4
            after_point = figures - 1 if scientific else -exponent
        if kind == '%':
            suffix = '%'
        elif scientific:
            suffix = ('E' if kind in 'EFG' else 'e') + format(exponent + after_point, '+03d')
        else:
            suffix = ''
        digits = str(q).rjust(after_point + 1, '0')
        whole = digits[:len(digits) - after_point]
        fraction = digits[len(digits) - after_point:]
        if kind in 'gG' and not alt:
            fraction = fraction.rstrip('0')
        point = '.' if fraction or alt else ''
        fgroup = spec['fgroup'] if 'fgroup' in spec.groupdict() else None
        if fgroup:
            fraction = fgroup.join(fraction[i:i + 3] for i in range(0, len(fraction), 3))
        tail = point + fraction + suffix
        sign = '-' if negative else spec['sign'].replace('-', '')
        width = int(spec['width'] or 0)
        group = spec['group']
        if spec['zero']:
            room = width - len(sign) - len(tail)
            # the zeros are grouped too: a quarter of the room goes to separators
            whole = whole.zfill(3 * room // 4 + 1 if group else room)
        if group:
            whole = _grouped(whole, group)
        return _padded(sign, whole + tail, spec['fill'] or ' ', spec['align'] or '>', width)

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
            # Nearest integer, a tie going to the even one.
            den = self._denominator
            whole, rest = divmod(self._numerator, den)
            twice = 2 * rest
            return whole + 1 if twice > den or (twice == den and whole % 2) else whole
        shift = 10 ** abs(ndigits)
        if ndigits <= 0:
            return Fraction(round(self / shift) * shift)
        return Fraction(round(self * shift), shift)

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
