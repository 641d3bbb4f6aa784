# `decimal`: exact decimal arithmetic after the General Decimal Arithmetic specification, as
# CPython's decimal module does it: Decimal (a sign, an integer coefficient and a power of ten, or
# Infinity/NaN/sNaN), Context (precision, rounding, exponent limits, flags and traps), the signals
# as exception classes, and the current context as a context variable (each task starts with its
# creator's). exp/ln/log10 are correctly rounded (half-even); a power with a non-integer exponent
# is computed with extra digits, then rounded.

import contextvars
import math
import sys
from collections import namedtuple

from _decimal_math import exp_fixed, ln10, ln_fixed
from _decimal_format import align, assemble, parse_spec

__all__ = [
    'Decimal', 'Context', 'DecimalTuple', 'DefaultContext', 'BasicContext', 'ExtendedContext',
    'DecimalException', 'Clamped', 'InvalidOperation', 'DivisionByZero', 'Inexact', 'Rounded',
    'Subnormal', 'Overflow', 'Underflow', 'FloatOperation', 'DivisionImpossible', 'InvalidContext',
    'ConversionSyntax', 'DivisionUndefined', 'ROUND_DOWN', 'ROUND_HALF_UP', 'ROUND_HALF_EVEN',
    'ROUND_CEILING', 'ROUND_FLOOR', 'ROUND_UP', 'ROUND_HALF_DOWN', 'ROUND_05UP', 'setcontext',
    'getcontext', 'localcontext', 'MAX_PREC', 'MAX_EMAX', 'MIN_EMIN', 'MIN_ETINY', 'HAVE_THREADS',
    'HAVE_CONTEXTVAR',
]

__version__ = '1.70'
__libmpdec_version__ = '2.5.1'

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)
HAVE_THREADS = True
HAVE_CONTEXTVAR = True

# Facts: the rounding modes' names, in CPython's order.
ROUND_DOWN = 'ROUND_DOWN'
ROUND_HALF_UP = 'ROUND_HALF_UP'
ROUND_HALF_EVEN = 'ROUND_HALF_EVEN'
ROUND_CEILING = 'ROUND_CEILING'
ROUND_FLOOR = 'ROUND_FLOOR'
ROUND_UP = 'ROUND_UP'
ROUND_HALF_DOWN = 'ROUND_HALF_DOWN'
ROUND_05UP = 'ROUND_05UP'
_ROUNDINGS = (ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_DOWN,
              ROUND_HALF_EVEN, ROUND_05UP)


# ------------------------------------------------------------------ signals

class DecimalException(ArithmeticError):
    pass


class Clamped(DecimalException):
    pass


class InvalidOperation(DecimalException):
    pass


class ConversionSyntax(InvalidOperation):
    pass


class DivisionByZero(DecimalException, ZeroDivisionError):
    pass


class DivisionImpossible(InvalidOperation):
    pass


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    pass


class Inexact(DecimalException):
    pass


class InvalidContext(InvalidOperation):
    pass


class Rounded(DecimalException):
    pass


class Subnormal(DecimalException):
    pass


class Overflow(Inexact, Rounded):
    pass


class Underflow(Inexact, Rounded, Subnormal):
    pass


class FloatOperation(DecimalException, TypeError):
    pass


# The order of the flags and traps dictionaries, and the order Context's repr lists them in.
_SIGNALS = [InvalidOperation, FloatOperation, DivisionByZero, Overflow, Underflow, Subnormal,
            Inexact, Rounded, Clamped]
_REPR_ORDER = [Clamped, InvalidOperation, DivisionByZero, Inexact, FloatOperation, Overflow,
               Rounded, Subnormal, Underflow]
_CONDITIONS = (ConversionSyntax, DivisionImpossible, DivisionUndefined, InvalidContext)


def _signal_of(cond):
    return InvalidOperation if cond in _CONDITIONS else cond


class _SignalDict:
    def __init__(self, on=()):
        self._d = {s: (s in on) for s in _SIGNALS}

    def __getitem__(self, key):
        if key not in self._d:
            raise KeyError(key)
        return self._d[key]

    def __setitem__(self, key, value):
        if key not in self._d:
            raise KeyError('invalid signal dict')
        self._d[key] = bool(value)

    def __delitem__(self, key):
        raise ValueError('signal keys cannot be deleted')

    def __contains__(self, key):
        return key in self._d

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)

    def keys(self):
        return self._d.keys()

    def values(self):
        return self._d.values()

    def items(self):
        return self._d.items()

    def get(self, key, default=None):
        return self._d.get(key, default)

    def copy(self):
        return dict(self._d)

    def __eq__(self, other):
        if isinstance(other, _SignalDict):
            return self._d == other._d
        return self._d == other

    def __repr__(self):
        return '{' + ', '.join(f'{k!r}:{v}' for k, v in self._d.items()) + '}'

    def _on(self):
        return [s for s in _REPR_ORDER if self._d[s]]


# ------------------------------------------------------------------ helpers

DecimalTuple = namedtuple('DecimalTuple', 'sign digits exponent', module='decimal')


def _ndigits(n):
    return len(str(n)) if n else 1


def _tn(obj):
    cls = type(obj)
    if cls.__module__ == 'decimal':
        return 'decimal.' + cls.__name__
    return cls.__name__


def _foreign(obj):
    # A user-defined type may implement the reflected operation itself.
    return type(obj).__module__ not in ('builtins', 'decimal', 'fractions')


def _binop_error(op, left, right):
    return TypeError(f"unsupported operand type(s) for {op}: '{_tn(left)}' and '{_tn(right)}'")


def _operators(namespace, name, symbol, apply):
    """Puts Decimal's binary operator `__name__` and its reflected `__rname__` into the class body
    (vars()): the other operand converted (an int or a Decimal), then `apply(left, right)`. An
    operand it cannot convert: NotImplemented from the forward one where that operand's type may
    answer itself, else the TypeError naming `symbol`."""

    def forward(self, other):
        o = _convert(other)
        if o is NotImplemented:
            if _foreign(other):
                return NotImplemented
            raise _binop_error(symbol, self, other)
        return apply(self, o)

    def reflected(self, other):
        o = _convert(other)
        if o is NotImplemented:
            raise _binop_error(symbol, other, self)
        return apply(o, self)

    for method, dunder in ((forward, f'__{name}__'), (reflected, f'__r{name}__')):
        method.__name__ = dunder
        method.__qualname__ = f"{namespace['__qualname__']}.{dunder}"
        namespace[dunder] = method


def _round_coef(coef, drop, rounding, sign):
    """coef without its last `drop` digits, rounded; and whether the digits dropped were nonzero."""
    p = 10 ** drop
    q, r = divmod(coef, p)
    if r == 0:
        return q, False
    half = p // 2
    if rounding == ROUND_DOWN:
        up = False
    elif rounding == ROUND_UP:
        up = True
    elif rounding == ROUND_CEILING:
        up = sign == 0
    elif rounding == ROUND_FLOOR:
        up = sign == 1
    elif rounding == ROUND_HALF_UP:
        up = r >= half
    elif rounding == ROUND_HALF_DOWN:
        up = r > half
    elif rounding == ROUND_HALF_EVEN:
        up = r > half or (r == half and q % 2 == 1)
    else:
        up = q % 5 == 0
    return (q + 1 if up else q), True


def _dec(sign, coef, exp, special=None):
    d = object.__new__(Decimal)
    d._sign = sign
    d._int = coef
    d._exp = exp
    d._special = special
    return d


def _parse(text):
    # CPython's decimal drops every underscore, and reads any Unicode decimal digit
    s = text.strip().replace('_', '')
    if not s.isascii():
        s = ''.join(str(int(c)) if c.isdecimal() else c for c in s)
    sign = 0
    if s[:1] in ('+', '-'):
        sign = 1 if s[0] == '-' else 0
        s = s[1:]
    low = s.lower()
    if low in ('inf', 'infinity'):
        return _dec(sign, 0, 'F', 'F')
    for prefix, kind in (('snan', 'N'), ('nan', 'n')):
        if low.startswith(prefix):
            payload = s[len(prefix):]
            if payload == '':
                return _dec(sign, 0, kind, kind)
            if payload.isdigit() and payload.isascii():
                return _dec(sign, int(payload), kind, kind)
            return None
    exp = 0
    if 'e' in low:
        i = low.index('e')
        s, e = s[:i], s[i + 1:]
        digits = e[1:] if e[:1] in ('+', '-') else e
        if not digits or not digits.isdigit() or not digits.isascii():
            return None
        exp = int(e)
    whole, dot, frac = s.partition('.')
    if not (whole or frac) or (whole and not whole.isdigit()) or (frac and not frac.isdigit()):
        return None
    if not (whole + frac).isascii():
        return None
    return _dec(sign, int(whole + frac), exp - len(frac))


def _from_float(f):
    if f != f:
        return _dec(0, 0, 'n', 'n')
    sign = 1 if math.copysign(1.0, f) < 0 else 0
    if f in (math.inf, -math.inf):
        return _dec(sign, 0, 'F', 'F')
    n, d = abs(f).as_integer_ratio()
    k = d.bit_length() - 1
    return _dec(sign, n * 5 ** k, -k)


def _from_tuple(value):
    if len(value) != 3:
        raise ValueError('argument must be a sequence of length 3')
    sign, digits, exp = value
    if sign not in (0, 1) or type(sign) is not int:
        raise ValueError('sign must be an integer with the value 0 or 1')
    if exp in ('F', 'n', 'N'):
        special = exp
        if special == 'F':
            return _dec(sign, 0, 'F', 'F')
    elif type(exp) is int:
        special = None
    else:
        raise ValueError("exponent must be an integer")
    if not isinstance(digits, (tuple, list)):
        raise ValueError('coefficient must be a tuple of digits')
    coef = 0
    for digit in digits:
        if type(digit) is not int or not 0 <= digit <= 9:
            raise ValueError('coefficient must be a tuple of digits')
        coef = coef * 10 + digit
    if special is not None:
        return _dec(sign, coef, special, special)
    return _dec(sign, coef, exp)


def _convert(other):
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        return Decimal(other)
    return NotImplemented


def _operand(value):
    """An argument of a Decimal or Context method: a Decimal or an int."""
    if isinstance(value, Decimal):
        return value
    if isinstance(value, int):
        return Decimal(value)
    raise TypeError(f'conversion from {type(value).__name__} to Decimal is not supported')




# ------------------------------------------------------------------ context

_current = contextvars.ContextVar('decimal_context')
_DEFAULT = None  # DefaultContext, once made: the template of new contexts


def _int_setting(name, valid, message):
    """A Context attribute holding an int: TypeError for a non-int, ValueError outside its range."""
    slot = '_' + name

    def get(self):
        return getattr(self, slot)

    def set(self, value):
        if type(value) is not int:
            raise TypeError('an integer is required')
        if not valid(value):
            raise ValueError(message)
        setattr(self, slot, value)

    return property(get, set)


class Context:
    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None, capitals=None, clamp=None,
                 flags=None, traps=None):
        base = _DEFAULT
        self.prec = prec if prec is not None else (base.prec if base else 28)
        self.rounding = rounding if rounding is not None else (base.rounding if base else ROUND_HALF_EVEN)
        self.Emin = Emin if Emin is not None else (base.Emin if base else -999999)
        self.Emax = Emax if Emax is not None else (base.Emax if base else 999999)
        self.capitals = capitals if capitals is not None else (base.capitals if base else 1)
        self.clamp = clamp if clamp is not None else (base.clamp if base else 0)
        self._flags = _SignalDict()
        self._traps = _SignalDict()
        if flags is not None:
            self.flags = flags
        if traps is not None:
            self.traps = traps
        elif base is not None:
            self.traps = base.traps.copy()
        else:
            self.traps = [InvalidOperation, DivisionByZero, Overflow]

    # the attributes, checked on assignment as CPython checks them
    prec = _int_setting('prec', lambda v: 1 <= v <= MAX_PREC, 'valid range for prec is [1, MAX_PREC]')
    Emin = _int_setting('Emin', lambda v: MIN_EMIN <= v <= 0, 'valid range for Emin is [MIN_EMIN, 0]')
    Emax = _int_setting('Emax', lambda v: 0 <= v <= MAX_EMAX, 'valid range for Emax is [0, MAX_EMAX]')
    capitals = _int_setting('capitals', lambda v: v in (0, 1), 'valid values for capitals are 0 or 1')
    clamp = _int_setting('clamp', lambda v: v in (0, 1), 'valid values for clamp are 0 or 1')

    @property
    def rounding(self):
        return self._rounding

    @rounding.setter
    def rounding(self, value):
        if value not in _ROUNDINGS:
            raise TypeError('valid values for rounding are:\n  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, '
                            'ROUND_DOWN,\n   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n   ROUND_05UP]')
        self._rounding = value

    @property
    def flags(self):
        return self._flags

    @flags.setter
    def flags(self, value):
        self._flags = self._signal_dict(value)

    @property
    def traps(self):
        return self._traps

    @traps.setter
    def traps(self, value):
        self._traps = self._signal_dict(value)

    @staticmethod
    def _signal_dict(value):
        d = _SignalDict()
        if isinstance(value, (dict, _SignalDict)):
            for k, v in value.items():
                d[k] = v
        else:
            for s in value:
                d[s] = True
        return d

    def __repr__(self):
        flags = ', '.join(s.__name__ for s in self._flags._on())
        traps = ', '.join(s.__name__ for s in self._traps._on())
        return (f'Context(prec={self.prec}, rounding={self.rounding}, Emin={self.Emin}, '
                f'Emax={self.Emax}, capitals={self.capitals}, clamp={self.clamp}, '
                f'flags=[{flags}], traps=[{traps}])')

    def copy(self):
        return Context(self.prec, self.rounding, self.Emin, self.Emax, self.capitals, self.clamp,
                       self._flags.copy(), self._traps.copy())

    __copy__ = copy

    def clear_flags(self):
        for s in _SIGNALS:
            self._flags._d[s] = False

    def clear_traps(self):
        for s in _SIGNALS:
            self._traps._d[s] = False

    def Etiny(self):
        return self.Emin - self.prec + 1

    def Etop(self):
        return self.Emax - self.prec + 1

    def radix(self):
        return Decimal(10)

    def _raise(self, conds):
        """Set the flags of the conditions; raise the first trapped signal, listing them."""
        trapped = []
        for cond in conds:
            sig = _signal_of(cond)
            self._flags._d[sig] = True
            if self._traps._d[sig] and cond not in trapped:
                trapped.append(cond)
        if trapped:
            sigs = [_signal_of(c) for c in trapped]
            first = next(s for s in _SIGNALS if s in sigs)
            raise first(trapped)

    def create_decimal(self, num='0'):
        if isinstance(num, str) and (num != num.strip() or '_' in num):
            return self._raise_nan(ConversionSyntax)
        d = Decimal(num, context=self)
        if d._special in ('n', 'N') and _ndigits(d._int) > self.prec - self.clamp and d._int:
            return self._raise_nan(ConversionSyntax)
        return d._fix(self)

    def _raise_nan(self, cond):
        self._raise([cond])
        return _NAN

    def create_decimal_from_float(self, f):
        return Decimal.from_float(f)._fix(self)

    # the arithmetic, on Decimals or ints
    def abs(self, a):
        return _operand(a).__abs__(context=self)

    def add(self, a, b):
        return _operand(a)._add(_operand(b), self)

    def subtract(self, a, b):
        return _operand(a)._sub(_operand(b), self)

    def multiply(self, a, b):
        return _operand(a)._mul(_operand(b), self)

    def divide(self, a, b):
        return _operand(a)._div(_operand(b), self)

    def divide_int(self, a, b):
        return _operand(a)._divmod(_operand(b), self)[0]

    def remainder(self, a, b):
        return _operand(a)._divmod(_operand(b), self)[1]

    def divmod(self, a, b):
        return _operand(a)._divmod(_operand(b), self)

    def remainder_near(self, a, b):
        return _operand(a).remainder_near(_operand(b), context=self)

    def power(self, a, b, modulo=None):
        if modulo is not None:
            return _operand(a)._pow_mod(_operand(b), _operand(modulo), self)
        return _operand(a)._pow(_operand(b), self)

    def minus(self, a):
        return _operand(a).__neg__(context=self)

    def plus(self, a):
        return _operand(a).__pos__(context=self)

    def quantize(self, a, b):
        return _operand(a).quantize(_operand(b), context=self)

    def sqrt(self, a):
        return _operand(a).sqrt(context=self)

    def exp(self, a):
        return _operand(a).exp(context=self)

    def ln(self, a):
        return _operand(a).ln(context=self)

    def log10(self, a):
        return _operand(a).log10(context=self)

    def compare(self, a, b):
        return _operand(a).compare(_operand(b), context=self)

    def max(self, a, b):
        return _operand(a).max(_operand(b), context=self)

    def min(self, a, b):
        return _operand(a).min(_operand(b), context=self)

    def fma(self, a, b, c):
        return _operand(a).fma(b, c, context=self)

    def normalize(self, a):
        return _operand(a).normalize(context=self)

    def to_integral_value(self, a):
        return _operand(a).to_integral_value(context=self)

    to_integral = to_integral_value

    def to_integral_exact(self, a):
        return _operand(a).to_integral_exact(context=self)

    def to_sci_string(self, a):
        return _operand(a)._str(False, self)

    def to_eng_string(self, a):
        return _operand(a)._str(True, self)

    def copy_abs(self, a):
        return _operand(a).copy_abs()

    def copy_negate(self, a):
        return _operand(a).copy_negate()

    def copy_sign(self, a, b):
        return _operand(a).copy_sign(b)

    def copy_decimal(self, a):
        return _operand(a)

    def same_quantum(self, a, b):
        return _operand(a).same_quantum(b)

    def scaleb(self, a, b):
        return _operand(a).scaleb(b, context=self)

    def is_finite(self, a):
        return _operand(a).is_finite()

    def is_infinite(self, a):
        return _operand(a).is_infinite()

    def is_nan(self, a):
        return _operand(a).is_nan()

    def is_qnan(self, a):
        return _operand(a).is_qnan()

    def is_snan(self, a):
        return _operand(a).is_snan()

    def is_signed(self, a):
        return _operand(a).is_signed()

    def is_zero(self, a):
        return _operand(a).is_zero()

    def is_normal(self, a):
        return _operand(a).is_normal(context=self)

    def is_subnormal(self, a):
        return _operand(a).is_subnormal(context=self)

    def is_canonical(self, a):
        return True

    def compare_signal(self, a, b):
        return _operand(a).compare_signal(b, context=self)

    def compare_total(self, a, b):
        return _operand(a).compare_total(b)

    def compare_total_mag(self, a, b):
        return _operand(a).compare_total_mag(b)

    def number_class(self, a):
        return _operand(a).number_class(context=self)

    def logb(self, a):
        return _operand(a).logb(context=self)

    def max_mag(self, a, b):
        return _operand(a).max_mag(b, context=self)

    def min_mag(self, a, b):
        return _operand(a).min_mag(b, context=self)

    def next_plus(self, a):
        return _operand(a).next_plus(context=self)

    def next_minus(self, a):
        return _operand(a).next_minus(context=self)

    def next_toward(self, a, b):
        return _operand(a).next_toward(b, context=self)

    def logical_and(self, a, b):
        return _operand(a).logical_and(b, context=self)

    def logical_or(self, a, b):
        return _operand(a).logical_or(b, context=self)

    def logical_xor(self, a, b):
        return _operand(a).logical_xor(b, context=self)

    def logical_invert(self, a):
        return _operand(a).logical_invert(context=self)

    def rotate(self, a, b):
        return _operand(a).rotate(b, context=self)

    def shift(self, a, b):
        return _operand(a).shift(b, context=self)

    def canonical(self, a):
        if not isinstance(a, Decimal):
            raise TypeError('argument must be a Decimal')
        return a

    def _apply(self, a):
        return _operand(a)._fix(self)


if sys.version_info >= (3, 14):
    # 64-bit CPython's limit (a 32-bit build, such as Pyodide's, allows 256)
    IEEE_CONTEXT_MAX_BITS = 512

    def IEEEContext(bits, /):
        """The context of the IEEE 754 decimal interchange format of `bits` bits."""
        if type(bits) is not int:
            raise TypeError('an integer is required')
        if bits <= 0 or bits > IEEE_CONTEXT_MAX_BITS or bits % 32:
            raise ValueError(f'argument must be a multiple of 32, with a maximum of {IEEE_CONTEXT_MAX_BITS}')
        emax = 3 * 2 ** (bits // 16 + 3)
        return Context(prec=9 * bits // 32 - 2, rounding=ROUND_HALF_EVEN, Emin=1 - emax, Emax=emax,
                       capitals=1, clamp=1, flags=[], traps=[])


def getcontext():
    ctx = _current.get(None)
    if ctx is None:
        ctx = Context()
        _current.set(ctx)
    return ctx


def setcontext(context):
    if not isinstance(context, Context):
        raise TypeError('argument must be a context')
    if context is _DEFAULT or context is BasicContext or context is ExtendedContext:
        context = context.copy()
        context.clear_flags()
    _current.set(context)


_LOCAL_KEYS = ('prec', 'rounding', 'Emin', 'Emax', 'capitals', 'clamp', 'flags', 'traps')


class _ContextManager:
    def __init__(self, ctx, changes):
        self._new = ctx.copy()
        for k, v in changes.items():
            setattr(self._new, k, v)

    def __enter__(self):
        self._saved = getcontext()
        setcontext(self._new)
        return self._new

    def __exit__(self, *exc):
        setcontext(self._saved)


def localcontext(ctx=None, **kwargs):
    for k in kwargs:
        if k not in _LOCAL_KEYS:
            raise TypeError(f"this function got an unexpected keyword argument '{k}'")
    return _ContextManager(getcontext() if ctx is None else ctx, kwargs)


def _ctx(context):
    return getcontext() if context is None else context


def _sticky_ctx(prec, rounding):
    """A context with the precision and rounding given and unbounded exponents, trapping nothing."""
    return Context(prec=prec, rounding=rounding, Emin=MIN_EMIN, Emax=MAX_EMAX, traps=[])


def _correctly_rounded(sign, value_at, magnitude, prec):
    """The real value value_at(scale) / 10**scale (known within 100 units) rounded half-even to
    prec digits, the scale raised until the rounding is certain; exponents unbounded."""
    scale = prec + 20 - magnitude
    rc = _sticky_ctx(prec, ROUND_HALF_EVEN)
    while True:
        y = abs(value_at(scale))
        lo = _dec(sign, (y - 100) * 10 + 1, -scale - 1)._fix(rc)
        hi = _dec(sign, (y + 100) * 10 + 1, -scale - 1)._fix(rc)
        if lo._int == hi._int and lo._exp == hi._exp:
            return lo
        scale += prec + 10


# ------------------------------------------------------------------ Decimal

class Decimal:
    __slots__ = ('_sign', '_int', '_exp', '_special')

    def __new__(cls, value='0', context=None):
        if isinstance(value, Decimal):
            d = value
        elif isinstance(value, int):
            d = _dec(1 if value < 0 else 0, abs(int(value)), 0)
        elif isinstance(value, str):
            d = _parse(value)
            if d is None:
                _ctx(context)._raise([ConversionSyntax])
                d = _NAN
        elif isinstance(value, float):
            _ctx(context)._raise([FloatOperation])
            d = _from_float(value)
        elif isinstance(value, (tuple, list)):
            d = _from_tuple(value)
        else:
            raise TypeError(f'conversion from {type(value).__name__} to Decimal is not supported')
        if cls is Decimal:
            return d if type(d) is Decimal else _dec(d._sign, d._int, d._exp, d._special)
        self = object.__new__(cls)
        self._sign, self._int, self._exp, self._special = d._sign, d._int, d._exp, d._special
        return self

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            d = Decimal(f)
        elif isinstance(f, float):
            d = _from_float(f)
        else:
            raise TypeError(f"argument must be int or float")
        return d if cls is Decimal else cls(d)

    if sys.version_info >= (3, 14):
        @classmethod
        def from_number(cls, number):
            if isinstance(number, Decimal):
                d = number
            elif isinstance(number, int):
                d = Decimal(number)
            elif isinstance(number, float):
                # as the constructor does (from_float does not)
                getcontext()._raise([FloatOperation])
                d = _from_float(number)
            else:
                raise TypeError(f'conversion from {type(number).__name__} to Decimal is not supported')
            return d if cls is Decimal else cls(d)

    # --- the parts
    def _isnan(self):
        return self._special in ('n', 'N')

    def _is_zero(self):
        return self._special is None and self._int == 0

    def adjusted(self):
        if self._special:
            return 0
        return self._exp + _ndigits(self._int) - 1

    def as_tuple(self):
        digits = tuple(int(c) for c in str(self._int)) if self._int or self._special is None else ()
        if self._special == 'F':
            digits = (0,)
        return DecimalTuple(self._sign, digits, self._exp)

    def as_integer_ratio(self):
        if self._special:
            if self._isnan():
                raise ValueError('cannot convert NaN to integer ratio')
            raise OverflowError('cannot convert Infinity to integer ratio')
        n, d = self._int, 1
        if self._exp >= 0:
            n *= 10 ** self._exp
        else:
            d = 10 ** -self._exp
            g = math.gcd(n, d)
            n, d = n // g, d // g
        return (-n if self._sign else n), d

    def _fix(self, context, rounding=None):
        """Round to the context's precision and fit its exponent limits, signalling as the spec says."""
        if self._special:
            if self._isnan():
                keep = context.prec - context.clamp
                if _ndigits(self._int) > keep and self._int:
                    return _dec(self._sign, self._int % 10 ** keep, self._special, self._special)
            return self
        etiny = context.Etiny()
        etop = context.Etop()
        sign, coef, exp = self._sign, self._int, self._exp
        if coef == 0:
            exp_max = etop if context.clamp else context.Emax
            new_exp = min(max(exp, etiny), exp_max)
            if new_exp != exp:
                context._raise([Clamped])
                return _dec(sign, 0, new_exp)
            return self
        n = _ndigits(coef)
        exp_min = n + exp - context.prec
        if exp_min > etop:
            return self._overflow(context, rounding)
        subnormal = exp_min < etiny
        if subnormal:
            exp_min = etiny
        if exp < exp_min:
            new, inexact = _round_coef(coef, exp_min - exp, rounding or context.rounding, sign)
            if _ndigits(new) > context.prec:
                new //= 10
                exp_min += 1
            if exp_min > etop:
                return self._overflow(context, rounding)
            conds = []
            if inexact and subnormal:
                conds.append(Underflow)
            if subnormal:
                conds.append(Subnormal)
            if inexact:
                conds.append(Inexact)
            conds.append(Rounded)
            if new == 0:
                conds.append(Clamped)
            context._raise(conds)
            return _dec(sign, new, exp_min)
        if subnormal:
            context._raise([Subnormal])
        if context.clamp == 1 and exp > etop:
            context._raise([Clamped])
            return _dec(sign, coef * 10 ** (exp - etop), etop)
        return self

    def _overflow(self, context, rounding=None):
        sign = self._sign
        r = rounding or context.rounding
        infinite = (r in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_HALF_DOWN, ROUND_UP)
                    or (r == ROUND_CEILING and sign == 0) or (r == ROUND_FLOOR and sign == 1))
        context._raise([Overflow, Inexact, Rounded])
        if infinite:
            return _dec(sign, 0, 'F', 'F')
        return _dec(sign, 10 ** context.prec - 1, context.Etop())

    def _nans(self, other, context):
        """The NaN result of an operation on a NaN, or None."""
        for d in (self, other):
            if d is not None and d._special == 'N':
                context._raise([InvalidOperation])
                return _dec(d._sign, d._int, 'n', 'n')._fix(context)
        for d in (self, other):
            if d is not None and d._special == 'n':
                return d._fix(context)
        return None

    def _invalid(self, context, cond=InvalidOperation):
        context._raise([cond])
        return _NAN

    # --- arithmetic
    def _add(self, other, context):
        if self._special or other._special:
            nan = self._nans(other, context)
            if nan is not None:
                return nan
            if self._special == 'F':
                if other._special == 'F' and self._sign != other._sign:
                    return self._invalid(context)
                return self
            return other
        exp = min(self._exp, other._exp)
        a = self._int * 10 ** (self._exp - exp)
        b = other._int * 10 ** (other._exp - exp)
        total = (-a if self._sign else a) + (-b if other._sign else b)
        if total == 0:
            if self._sign and other._sign:
                sign = 1
            elif self._sign != other._sign and context.rounding == ROUND_FLOOR:
                sign = 1
            else:
                sign = 0
            return _dec(sign, 0, exp)._fix(context)
        return _dec(1 if total < 0 else 0, abs(total), exp)._fix(context)

    def _mul(self, other, context):
        sign = self._sign ^ other._sign
        if self._special or other._special:
            nan = self._nans(other, context)
            if nan is not None:
                return nan
            if (self._special and other._is_zero()) or (other._special and self._is_zero()):
                return self._invalid(context)
            return _dec(sign, 0, 'F', 'F')
        return _dec(sign, self._int * other._int, self._exp + other._exp)._fix(context)

    def _div(self, other, context):
        sign = self._sign ^ other._sign
        if self._special or other._special:
            nan = self._nans(other, context)
            if nan is not None:
                return nan
            if self._special and other._special:
                return self._invalid(context)
            if self._special:
                return _dec(sign, 0, 'F', 'F')
            context._raise([Clamped])
            return _dec(sign, 0, context.Etiny())
        if other._int == 0:
            if self._int == 0:
                return self._invalid(context, DivisionUndefined)
            context._raise([DivisionByZero])
            return _dec(sign, 0, 'F', 'F')
        ideal = self._exp - other._exp
        if self._int == 0:
            return _dec(sign, 0, ideal)._fix(context)
        shift = _ndigits(other._int) - _ndigits(self._int) + context.prec + 1
        if shift >= 0:
            q, r = divmod(self._int * 10 ** shift, other._int)
        else:
            q, r = divmod(self._int, other._int * 10 ** -shift)
        exp = ideal - shift
        if r:
            q = q * 10 + 1
            exp -= 1
        else:
            while exp < ideal and q % 10 == 0:
                q //= 10
                exp += 1
        return _dec(sign, q, exp)._fix(context)

    def _divmod(self, other, context):
        """(integer quotient truncated, remainder), as divide_int and remainder."""
        sign = self._sign ^ other._sign
        if self._special or other._special:
            nan = self._nans(other, context)
            if nan is not None:
                return nan, nan
            if self._special and other._special:
                bad = self._invalid(context)
                return bad, bad
            if self._special:
                context._raise([InvalidOperation])
                return _dec(sign, 0, 'F', 'F'), _NAN
            return _dec(sign, 0, 0), self._fix(context)
        if other._int == 0:
            if self._int == 0:
                bad = self._invalid(context, DivisionUndefined)
                return bad, bad
            context._raise([DivisionByZero, InvalidOperation])
            return _dec(sign, 0, 'F', 'F'), _NAN
        exp = min(self._exp, other._exp)
        a = self._int * 10 ** (self._exp - exp)
        b = other._int * 10 ** (other._exp - exp)
        q, r = divmod(a, b)
        if _ndigits(q) > context.prec:
            bad = self._invalid(context, DivisionImpossible)
            return bad, bad
        quotient = _dec(sign, q, 0)
        rem = _dec(self._sign, r, exp)._fix(context)
        return quotient, rem

    def remainder_near(self, other, context=None):
        context = _ctx(context)
        other = _operand(other)
        if self._special or other._special:
            nan = self._nans(other, context)
            if nan is not None:
                return nan
            if self._special:
                return self._invalid(context)
            return self._fix(context)
        if other._int == 0:
            return self._invalid(context, DivisionUndefined if self._int == 0 else InvalidOperation)
        exp = min(self._exp, other._exp)
        a = self._int * 10 ** (self._exp - exp)
        b = other._int * 10 ** (other._exp - exp)
        q, r = divmod(a, b)
        if 2 * r > b or (2 * r == b and q % 2 == 1):
            r -= b
            q += 1
        if _ndigits(q) > context.prec:
            return self._invalid(context, DivisionImpossible)
        sign = self._sign ^ (1 if r < 0 else 0)
        return _dec(sign, abs(r), exp)._fix(context)

    def _pow(self, other, context):
        if self._special or other._special:
            nan = self._nans(other, context)
            if nan is not None:
                return nan
        integral = other._special is None and (other._exp >= 0 or other._int % 10 ** -other._exp == 0)
        n = None
        if integral:
            n = other._int * 10 ** other._exp if other._exp >= 0 else other._int // 10 ** -other._exp
            if other._sign:
                n = -n
        if self._is_zero():
            if other._is_zero():
                return self._invalid(context)
            sign = self._sign if (n is not None and n % 2 == 1) else 0
            if other._sign:
                return _dec(sign, 0, 'F', 'F')
            return _dec(sign, 0, 0)
        if self._sign and n is None:
            return self._invalid(context)
        sign = self._sign if (n is not None and n % 2 == 1) else 0
        if self._special == 'F':
            if other._is_zero():
                return Decimal(1)
            if other._sign:
                return _dec(sign, 0, 0)
            return _dec(sign, 0, 'F', 'F')
        if other._special == 'F':
            cmp_one = _dec(0, self._int, self._exp)._cmp(Decimal(1))
            if cmp_one == 0:
                return _dec(0, 10 ** (context.prec - 1), 1 - context.prec)._fix(context)
            big = (cmp_one > 0) != bool(other._sign)
            return _dec(0, 0, 'F', 'F') if big else _dec(0, 0, 0)
        if n is not None and abs(n) * _ndigits(self._int) <= 4 * context.prec + 100:
            if n >= 0:
                return _dec(sign, self._int ** n, self._exp * n)._fix(context)
            exact = _dec(0, self._int ** -n, self._exp * -n)
            return _dec(sign, 1, 0)._div(exact, context)
        # x ** y = exp(y ln x), with enough digits that the rounding is (almost always) right
        work = _sticky_ctx(context.prec + 25, ROUND_HALF_EVEN)
        base = _dec(0, self._int, self._exp)
        t = base.ln(work)._mul(_dec(other._sign, other._int, other._exp), work)
        r = t.exp(work)
        if r._special:
            return r._fix(context)
        out = _dec(sign, r._int, r._exp)
        return out._fix(context)

    _operators(vars(), 'add', '+', lambda a, b: a._add(b, getcontext()))

    def _sub(self, other, context):
        nan = self._nans(other, context) if self._special or other._special else None
        return nan if nan is not None else self._add(other.copy_negate(), context)

    _operators(vars(), 'sub', '-', lambda a, b: a._sub(b, getcontext()))

    _operators(vars(), 'mul', '*', lambda a, b: a._mul(b, getcontext()))

    _operators(vars(), 'truediv', '/', lambda a, b: a._div(b, getcontext()))

    _operators(vars(), 'floordiv', '//', lambda a, b: a._floordiv(b))

    def _floordiv(self, other):
        context = getcontext()
        if self._special == 'F' and not other._special:
            return _dec(self._sign ^ other._sign, 0, 'F', 'F')
        if other._is_zero() and not self._special and self._int:
            context._raise([DivisionByZero])
            return _dec(self._sign ^ other._sign, 0, 'F', 'F')
        return self._divmod(other, context)[0]

    _operators(vars(), 'mod', '%', lambda a, b: a._mod(b))

    def _mod(self, other):
        context = getcontext()
        if other._is_zero() and not self._special and self._int:
            return self._invalid(context)
        return self._divmod(other, context)[1]

    _operators(vars(), 'divmod', 'divmod()', lambda a, b: a._divmod(b, getcontext()))

    def __pow__(self, other, modulo=None):
        if modulo is not None:
            return self._pow_mod(_operand(other), _operand(modulo), getcontext())
        o = _convert(other)
        if o is NotImplemented:
            if _foreign(other):
                return NotImplemented
            raise _binop_error('** or pow()', self, other)
        return self._pow(o, getcontext())

    def _pow_mod(self, other, modulo, context):
        """pow(self, other, modulo): integers only, the result's sign is self**other's."""
        for d in (self, other, modulo):
            if d._special == 'N':
                return d._nans(None, context)
        for d in (self, other, modulo):
            if d._special == 'n':
                return d._fix(context)
        if not all(d._special is None and d._exp >= 0 or (d._special is None and d._int % 10 ** -d._exp == 0)
                   for d in (self, other, modulo)):
            return self._invalid(context)
        if other._sign or modulo._is_zero() or _ndigits(int(abs(modulo))) > context.prec:
            return self._invalid(context)
        if self._is_zero() and other._is_zero():
            return self._invalid(context)
        n = int(other)
        result = pow(abs(int(self)), n, abs(int(modulo)))
        return _dec(self._sign if n % 2 else 0, result, 0)

    def __rpow__(self, other):
        o = _convert(other)
        if o is NotImplemented:
            raise _binop_error('** or pow()', other, self)
        return o._pow(self, getcontext())

    def __neg__(self, context=None):
        context = _ctx(context)
        if self._special:
            nan = self._nans(None, context)
            if nan is not None:
                return nan
        if self._is_zero() and context.rounding != ROUND_FLOOR:
            return _dec(0, 0, self._exp)._fix(context)
        return _dec(self._sign ^ 1, self._int, self._exp, self._special)._fix(context)

    def __pos__(self, context=None):
        context = _ctx(context)
        if self._special:
            nan = self._nans(None, context)
            if nan is not None:
                return nan
        if self._is_zero() and context.rounding != ROUND_FLOOR:
            return _dec(0, 0, self._exp)._fix(context)
        return self._fix(context)

    def __abs__(self, round=True, context=None):
        context = _ctx(context)
        if self._special:
            nan = self._nans(None, context)
            if nan is not None:
                return nan
        d = _dec(0, self._int, self._exp, self._special)
        return d._fix(context) if round else d

    def fma(self, other, third, context=None):
        context = _ctx(context)
        other = _operand(other)
        third = _operand(third)
        if self._special or other._special:
            product = self._mul(other, _sticky_ctx(MAX_PREC, ROUND_HALF_EVEN))
            if product._isnan():
                return self._mul(other, context)
        else:
            product = _dec(self._sign ^ other._sign, self._int * other._int, self._exp + other._exp)
        return product._add(third, context)

    # --- comparison
    def _cmp(self, other):
        """-1, 0 or 1 for two non-NaN Decimals."""
        if self._special == 'F' or other._special == 'F':
            a = 0 if self._special != 'F' else (-1 if self._sign else 1)
            b = 0 if other._special != 'F' else (-1 if other._sign else 1)
            if a == b:
                return 0
            if a or b:
                if a == 0:
                    return -b
                if b == 0:
                    return a
                return 1 if a > b else -1
        if self._int == 0 and other._int == 0:
            return 0
        if self._int == 0:
            return 1 if other._sign else -1
        if other._int == 0:
            return -1 if self._sign else 1
        if self._sign != other._sign:
            return -1 if self._sign else 1
        flip = -1 if self._sign else 1
        a_adj, b_adj = self.adjusted(), other.adjusted()
        if a_adj != b_adj:
            return flip if a_adj > b_adj else -flip
        exp = min(self._exp, other._exp)
        a = self._int * 10 ** (self._exp - exp)
        b = other._int * 10 ** (other._exp - exp)
        if a == b:
            return 0
        return flip if a > b else -flip

    def _comparable(self, other, equality):
        """other as a Decimal (or a (num, den) pair for a Fraction), or NotImplemented."""
        if isinstance(other, Decimal):
            return other
        if isinstance(other, int):
            return Decimal(other)
        if isinstance(other, float):
            context = getcontext()
            if equality:
                context._flags._d[FloatOperation] = True
            else:
                context._raise([FloatOperation])
            return _from_float(other)
        if hasattr(other, 'numerator') and hasattr(other, 'denominator') and type(other).__module__ == 'fractions':
            return other
        return NotImplemented

    def _order(self, other, op):
        o = self._comparable(other, False)
        if o is NotImplemented:
            if _foreign(other):
                return NotImplemented
            raise TypeError(f"'{op}' not supported between instances of '{_tn(self)}' and '{_tn(other)}'")
        if self._isnan() or (isinstance(o, Decimal) and o._isnan()):
            getcontext()._raise([InvalidOperation])
            return None
        return self._cmp_any(o)

    def _cmp_any(self, o):
        if isinstance(o, Decimal):
            return self._cmp(o)
        # a Fraction: compare self * den with num
        if self._special == 'F':
            return -1 if self._sign else 1
        num, den = o.numerator, o.denominator
        a = self._int * den
        if self._exp >= 0:
            a *= 10 ** self._exp
        else:
            num = num * 10 ** -self._exp
        if self._sign:
            a = -a
        return (a > num) - (a < num)

    def __eq__(self, other):
        o = self._comparable(other, True)
        if o is NotImplemented:
            return NotImplemented
        if self._special == 'N' or (isinstance(o, Decimal) and o._special == 'N'):
            getcontext()._raise([InvalidOperation])
            return False
        if self._isnan() or (isinstance(o, Decimal) and o._isnan()):
            return False
        return self._cmp_any(o) == 0

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def __lt__(self, other):
        c = self._order(other, '<')
        return c if c is NotImplemented else (c is not None and c < 0)

    def __le__(self, other):
        c = self._order(other, '<=')
        return c if c is NotImplemented else (c is not None and c <= 0)

    def __gt__(self, other):
        c = self._order(other, '>')
        return c if c is NotImplemented else (c is not None and c > 0)

    def __ge__(self, other):
        c = self._order(other, '>=')
        return c if c is NotImplemented else (c is not None and c >= 0)

    def compare(self, other, context=None):
        context = _ctx(context)
        other = _operand(other)
        if self._special or other._special:
            nan = self._nans(other, context)
            if nan is not None:
                return nan
        return Decimal(self._cmp(other))

    def _minmax(self, other, context, want):
        other = _operand(other)
        if self._isnan() or other._isnan():
            if self._special == 'N' or other._special == 'N':
                return self._nans(other, context)
            if self._isnan() and other._isnan():
                return self._fix(context)
            return (other if self._isnan() else self)._fix(context)
        c = self._cmp(other)
        if c == 0:
            # equal values: the one with the sign or exponent the spec prefers
            if self._sign != other._sign:
                c = -1 if self._sign else 1
            elif self._exp != other._exp:
                c = (1 if self._exp > other._exp else -1) * (-1 if self._sign else 1)
        pick = self if (c >= 0) == (want > 0) else other
        return pick._fix(context)

    def max(self, other, context=None):
        return self._minmax(other, _ctx(context), 1)

    def min(self, other, context=None):
        return self._minmax(other, _ctx(context), -1)

    def __hash__(self):
        if self._special:
            if self._special == 'N':
                raise TypeError('Cannot hash a signaling NaN value')
            if self._special == 'n':
                return object.__hash__(self)
            return -314159 if self._sign else 314159
        modulus = 2 ** 61 - 1
        if self._exp >= 0:
            exp_hash = pow(10, self._exp, modulus)
        else:
            exp_hash = pow(pow(10, modulus - 2, modulus), -self._exp, modulus)
        h = self._int * exp_hash % modulus
        h = -h if self._sign else h
        return -2 if h == -1 else h

    # --- conversions
    def __bool__(self):
        return bool(self._special) or self._int != 0

    def _integral(self, rounding):
        if self._special:
            if self._isnan():
                raise ValueError('cannot convert NaN to integer')
            raise OverflowError('cannot convert Infinity to integer')
        if self._exp >= 0:
            n = self._int * 10 ** self._exp
        else:
            n, _ = _round_coef(self._int, -self._exp, rounding, self._sign)
        return -n if self._sign else n

    def __int__(self):
        return self._integral(ROUND_DOWN)

    __trunc__ = __int__

    def __floor__(self):
        return self._integral(ROUND_FLOOR)

    def __ceil__(self):
        return self._integral(ROUND_CEILING)

    def __round__(self, n=None):
        if n is not None:
            if not isinstance(n, int):
                raise TypeError('optional arg must be an integer')
            return self.quantize(_dec(0, 1, -n))
        return self._integral(ROUND_HALF_EVEN)

    def __float__(self):
        if self._special == 'N':
            raise ValueError('cannot convert signaling NaN to float')
        if self._isnan():
            return -math.nan if self._sign else math.nan
        return float(self._str(False, None))

    def __complex__(self):
        return complex(float(self))

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return Decimal(0)

    def conjugate(self):
        return self

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __reduce__(self):
        return (type(self), (str(self),))

    # --- text
    def _str(self, eng, context):
        sign = '-' if self._sign else ''
        if self._special:
            if self._special == 'F':
                return sign + 'Infinity'
            payload = str(self._int) if self._int else ''
            return sign + ('NaN' if self._special == 'n' else 'sNaN') + payload
        digits = str(self._int)
        leftdigits = self._exp + len(digits)
        if self._exp <= 0 and leftdigits > -6:
            dotplace = leftdigits
        elif not eng:
            dotplace = 1
        elif self._int == 0:
            dotplace = (leftdigits + 1) % 3 - 1
        else:
            dotplace = (leftdigits - 1) % 3 + 1
        if dotplace <= 0:
            intpart = '0'
            fracpart = '.' + '0' * -dotplace + digits
        elif dotplace >= len(digits):
            intpart = digits + '0' * (dotplace - len(digits))
            fracpart = ''
        else:
            intpart = digits[:dotplace]
            fracpart = '.' + digits[dotplace:]
        if leftdigits == dotplace:
            exp = ''
        else:
            capitals = _ctx(context).capitals
            exp = ('E' if capitals else 'e') + '%+d' % (leftdigits - dotplace)
        return sign + intpart + fracpart + exp

    def __str__(self):
        return self._str(False, None)

    def __repr__(self):
        return "Decimal('%s')" % self._str(False, None)

    def to_eng_string(self, context=None):
        return self._str(True, context)

    def __format__(self, spec, context=None, _localeconv=None):
        return _format(self, spec, _ctx(context))

    # --- rounding to an exponent
    def _rescale(self, exp, rounding):
        """Self with exponent exp, rounded as `rounding` says, signalling nothing."""
        if self._special:
            return self
        if self._int == 0:
            return _dec(self._sign, 0, exp)
        if self._exp >= exp:
            return _dec(self._sign, self._int * 10 ** (self._exp - exp), exp)
        new, _ = _round_coef(self._int, exp - self._exp, rounding, self._sign)
        return _dec(self._sign, new, exp)

    def _round(self, places, rounding):
        """Self rounded to `places` significant digits."""
        if self._special or self._int == 0:
            return self
        d = self._rescale(self.adjusted() + 1 - places, rounding)
        if d.adjusted() != self.adjusted():
            d = d._rescale(d.adjusted() + 1 - places, rounding)
        return d

    def quantize(self, exp, rounding=None, context=None):
        exp = _operand(exp)
        context = _ctx(context)
        rounding = rounding or context.rounding
        if self._special or exp._special:
            nan = self._nans(exp, context)
            if nan is not None:
                return nan
            if self._special == 'F' and exp._special == 'F':
                return self
            return self._invalid(context)
        if not context.Etiny() <= exp._exp <= context.Emax:
            return self._invalid(context)
        if self._int == 0:
            return _dec(self._sign, 0, exp._exp)._fix(context)
        if self.adjusted() > context.Emax:
            return self._invalid(context)
        if self.adjusted() - exp._exp + 1 > context.prec:
            return self._invalid(context)
        ans = self._rescale(exp._exp, rounding)
        if ans.adjusted() > context.Emax or _ndigits(ans._int) > context.prec:
            return self._invalid(context)
        conds = []
        if ans._int and ans.adjusted() < context.Emin:
            conds.append(Subnormal)
        if ans._exp > self._exp:
            if ans._cmp(self) != 0:
                conds.append(Inexact)
            conds.append(Rounded)
        context._raise(conds)
        return ans._fix(context)

    def same_quantum(self, other, context=None):
        other = _operand(other)
        if self._special or other._special:
            return (self._isnan() and other._isnan()) or (self._special == 'F' and other._special == 'F')
        return self._exp == other._exp

    def to_integral_value(self, rounding=None, context=None):
        context = _ctx(context)
        if self._special:
            nan = self._nans(None, context)
            return self if nan is None else nan
        if self._exp >= 0:
            return self
        return self._rescale(0, rounding or context.rounding)

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        context = _ctx(context)
        if self._special:
            nan = self._nans(None, context)
            return self if nan is None else nan
        if self._exp >= 0:
            return self
        if self._int == 0:
            return _dec(self._sign, 0, 0)
        ans = self._rescale(0, rounding or context.rounding)
        context._raise(([Inexact] if ans._cmp(self) != 0 else []) + [Rounded])
        return ans

    def normalize(self, context=None):
        context = _ctx(context)
        if self._special:
            nan = self._nans(None, context)
            if nan is not None:
                return nan
        d = self._fix(context)
        if d._special:
            return d
        if d._int == 0:
            return _dec(d._sign, 0, 0)
        exp_max = context.Etop() if context.clamp else context.Emax
        coef, exp = d._int, d._exp
        while coef % 10 == 0 and exp < exp_max:
            coef //= 10
            exp += 1
        return _dec(d._sign, coef, exp)

    def scaleb(self, other, context=None):
        context = _ctx(context)
        other = _operand(other)
        nan = self._nans(other, context)
        if nan is not None:
            return nan
        if other._special or other._exp != 0:
            return self._invalid(context)
        if self._special:
            return self
        n = -other._int if other._sign else other._int
        return _dec(self._sign, self._int, self._exp + n)._fix(context)

    # --- functions
    def sqrt(self, context=None):
        context = _ctx(context)
        if self._special:
            nan = self._nans(None, context)
            if nan is not None:
                return nan
            if self._sign:
                return self._invalid(context)
            return self
        ideal = self._exp // 2
        if self._int == 0:
            return _dec(self._sign, 0, ideal)._fix(context)
        if self._sign:
            return self._invalid(context)
        prec = context.prec
        coef, exp = self._int, self._exp
        if exp % 2:
            coef *= 10
            exp -= 1
        shift = max(0, (2 * prec + 3 - _ndigits(coef)) // 2 + 1)
        big = coef * 10 ** (2 * shift)
        root = math.isqrt(big)
        rexp = exp // 2 - shift
        if root * root != big:
            root = root * 10 + 1
            rexp -= 1
        else:
            while rexp < ideal and root % 10 == 0:
                root //= 10
                rexp += 1
        return _dec(0, root, rexp)._fix(context, ROUND_HALF_EVEN)

    def exp(self, context=None):
        context = _ctx(context)
        if self._special:
            nan = self._nans(None, context)
            if nan is not None:
                return nan
            return _dec(0, 0, 0) if self._sign else self
        if self._int == 0:
            return Decimal(1)
        if self.adjusted() > 7:
            if self._sign:
                return _dec(0, 1, context.Etiny() - 2)._fix(context, ROUND_HALF_EVEN)
            return _dec(0, 1, context.Emax + 2)._fix(context, ROUND_HALF_EVEN)
        # exp(x) = 10**k exp(r), r = x - k ln 10 in about [0, 2.3)
        k = math.floor(float(self) / 2.302585092994046)
        sign, coef, exp = self._sign, self._int, self._exp

        def value_at(scale):
            s = scale + 10 + len(str(abs(k)))
            x = coef * 10 ** (s + exp) if s + exp >= 0 else coef // 10 ** -(s + exp)
            r = (-x if sign else x) - k * ln10(s)
            return exp_fixed(r, s) // 10 ** (s - scale)

        ans = _correctly_rounded(0, value_at, 1, context.prec)
        ans = _dec(0, ans._int, ans._exp + k)._fix(context, ROUND_HALF_EVEN)
        context._raise([Inexact, Rounded])
        return ans

    def _log(self, context, ten):
        if self._special:
            nan = self._nans(None, context)
            if nan is not None:
                return nan
            if self._sign:
                return self._invalid(context)
            return self
        if self._int == 0:
            return _dec(1, 0, 'F', 'F')
        if self._sign:
            return self._invalid(context)
        coef, exp = self._int, self._exp
        if ten:
            stripped = str(coef).rstrip('0')
            if stripped == '1':
                return Decimal(self.adjusted())._fix(context)
        elif coef * 10 ** max(exp, 0) == 10 ** max(-exp, 0):
            return Decimal(0)
        prec = context.prec

        def value_at(scale):
            v = ln_fixed(coef, exp, scale + 5)
            if ten:
                v = v * 10 ** (scale + 5) // ln10(scale + 5)
            return v // 10 ** 5

        scale = prec + 10
        probe = value_at(scale)
        while abs(probe) < 10 ** (prec + 5):
            # close to zero: look closer for the magnitude
            scale += prec + 10
            probe = value_at(scale)
        magnitude = _ndigits(abs(probe)) - scale
        ans = _correctly_rounded(1 if probe < 0 else 0, value_at, magnitude, prec)
        ans = ans._fix(context, ROUND_HALF_EVEN)
        context._raise([Inexact, Rounded])
        return ans

    def ln(self, context=None):
        return self._log(_ctx(context), False)

    def log10(self, context=None):
        return self._log(_ctx(context), True)

    # --- the spec's other operations
    def compare_signal(self, other, context=None):
        context = _ctx(context)
        other = _operand(other)
        if self._isnan() or other._isnan():
            context._raise([InvalidOperation])
            return self._nans(other, _sticky_ctx(context.prec, context.rounding)) or _NAN
        return Decimal(self._cmp(other))

    def _total_key(self):
        # the order of compare_total for one sign: numbers, Infinity, sNaN, NaN
        if self._special == 'n':
            return (3, self._int, 0)
        if self._special == 'N':
            return (2, self._int, 0)
        return (1 if self._special == 'F' else 0, 0, 0)

    def compare_total(self, other, context=None):
        other = _operand(other)
        if self._sign != other._sign:
            return Decimal(-1) if self._sign else Decimal(1)
        flip = -1 if self._sign else 1
        ka, kb = self._total_key(), other._total_key()
        if ka != kb:
            return Decimal(flip if ka > kb else -flip)
        if ka[0] != 0:
            return Decimal(0)
        c = self._cmp(other)
        if c == 0 and self._exp != other._exp:
            c = 1 if self._exp > other._exp else -1
            return Decimal(c * flip)
        return Decimal(c)

    def compare_total_mag(self, other, context=None):
        return self.copy_abs().compare_total(_operand(other).copy_abs())

    def number_class(self, context=None):
        sign = '-' if self._sign else '+'
        if self._special == 'N':
            return 'sNaN'
        if self._special == 'n':
            return 'NaN'
        if self._special == 'F':
            return sign + 'Infinity'
        if self._int == 0:
            return sign + 'Zero'
        if self.adjusted() < _ctx(context).Emin:
            return sign + 'Subnormal'
        return sign + 'Normal'

    def logb(self, context=None):
        context = _ctx(context)
        nan = self._nans(None, context) if self._special else None
        if nan is not None:
            return nan
        if self._special == 'F':
            return _dec(0, 0, 'F', 'F')
        if self._int == 0:
            context._raise([DivisionByZero])
            return _dec(1, 0, 'F', 'F')
        return Decimal(self.adjusted())._fix(context)

    def _mag(self, other, context, want):
        other = _operand(other)
        if self._isnan() or other._isnan():
            return self._minmax(other, context, want)
        c = self.copy_abs()._cmp(other.copy_abs())
        if c == 0:
            return self._minmax(other, context, want)
        return (self if (c > 0) == (want > 0) else other)._fix(context)

    def max_mag(self, other, context=None):
        return self._mag(other, _ctx(context), 1)

    def min_mag(self, other, context=None):
        return self._mag(other, _ctx(context), -1)

    def _next(self, context, rounding, step_sign):
        if self._special:
            nan = self._nans(None, context)
            if nan is not None:
                return nan
            if self._sign == step_sign:
                return self
            return _dec(self._sign, 10 ** context.prec - 1, context.Etop())
        work = context.copy()
        work.rounding = rounding
        work.traps = []
        fixed = self._fix(work)
        if fixed._cmp(self) != 0:
            return fixed
        etiny, prec = context.Etiny(), context.prec
        if self._int == 0:
            return _dec(step_sign, 1, etiny)
        # one unit in the last of prec digits, away from zero or toward it
        e = max(self.adjusted() - prec + 1, etiny)
        c = self._int * 10 ** (self._exp - e)
        if self._sign == step_sign:
            c += 1
            if _ndigits(c) > prec:
                c //= 10
                e += 1
                if e > context.Etop():
                    return _dec(self._sign, 0, 'F', 'F')
        else:
            c -= 1
            if c and _ndigits(c) < prec and e > etiny:
                c = c * 10 + 9
                e -= 1
        return _dec(self._sign, c, e)

    def next_plus(self, context=None):
        return self._next(_ctx(context), ROUND_CEILING, 0)

    def next_minus(self, context=None):
        return self._next(_ctx(context), ROUND_FLOOR, 1)

    def next_toward(self, other, context=None):
        context = _ctx(context)
        other = _operand(other)
        nan = self._nans(other, context) if (self._special or other._special) else None
        if nan is not None:
            return nan
        c = self._cmp(other)
        if c == 0:
            return self.copy_sign(other)
        ans = self.next_plus(context) if c < 0 else self.next_minus(context)
        if ans._special == 'F':
            context._raise([Overflow, Inexact, Rounded])
        elif ans.adjusted() < context.Emin:
            context._raise([Underflow, Subnormal, Inexact, Rounded] + ([] if ans else [Clamped]))
        return ans

    def _logical_digits(self, context):
        if self._special or self._sign or self._exp != 0 or set(str(self._int)) - {'0', '1'}:
            return None
        return str(self._int).rjust(context.prec, '0')[-context.prec:]

    def _logical(self, other, context, op):
        context = _ctx(context)
        a = self._logical_digits(context)
        b = _operand(other)._logical_digits(context) if other is not None else '0' * context.prec
        if a is None or b is None:
            return self._invalid(context)
        digits = ''.join(op(x == '1', y == '1') and '1' or '0' for x, y in zip(a, b))
        return _dec(0, int(digits), 0)

    def logical_and(self, other, context=None):
        return self._logical(other, context, lambda x, y: x and y)

    def logical_or(self, other, context=None):
        return self._logical(other, context, lambda x, y: x or y)

    def logical_xor(self, other, context=None):
        return self._logical(other, context, lambda x, y: x != y)

    def logical_invert(self, context=None):
        return self._logical(None, context, lambda x, y: not x)

    def _shift_amount(self, other, context):
        other = _operand(other)
        nan = self._nans(other, context) if (self._special or other._special) else None
        if nan is not None:
            return nan, None
        if other._exp != 0 or not -context.prec <= int(other) <= context.prec:
            return self._invalid(context), None
        if self._special:
            return self, None
        return None, int(other)

    def rotate(self, other, context=None):
        context = _ctx(context)
        done, n = self._shift_amount(other, context)
        if done is not None:
            return done
        digits = str(self._int).rjust(context.prec, '0')[-context.prec:]
        n %= context.prec
        rotated = digits[n:] + digits[:n]
        return _dec(self._sign, int(rotated), self._exp)._fix(context)

    def shift(self, other, context=None):
        context = _ctx(context)
        done, n = self._shift_amount(other, context)
        if done is not None:
            return done
        digits = str(self._int).rjust(context.prec, '0')[-context.prec:]
        if n >= 0:
            shifted = (digits + '0' * n)[-context.prec:]
        else:
            shifted = digits[:n] or '0'
        return _dec(self._sign, int(shifted), self._exp)._fix(context)

    # --- predicates and sign manipulation
    def is_canonical(self):
        return True

    def is_finite(self):
        return not self._special

    def is_infinite(self):
        return self._special == 'F'

    def is_nan(self):
        return self._isnan()

    def is_qnan(self):
        return self._special == 'n'

    def is_snan(self):
        return self._special == 'N'

    def is_signed(self):
        return self._sign == 1

    def is_zero(self):
        return self._is_zero()

    def is_normal(self, context=None):
        if self._special or self._int == 0:
            return False
        return _ctx(context).Emin <= self.adjusted()

    def is_subnormal(self, context=None):
        if self._special or self._int == 0:
            return False
        return self.adjusted() < _ctx(context).Emin

    def copy_abs(self):
        return _dec(0, self._int, self._exp, self._special)

    def copy_negate(self):
        return _dec(self._sign ^ 1, self._int, self._exp, self._special)

    def copy_sign(self, other, context=None):
        other = _operand(other)
        return _dec(other._sign, self._int, self._exp, self._special)

    def canonical(self):
        return self

    def radix(self):
        return Decimal(10)


# ------------------------------------------------------------------ format()

def _format(d, spec_text, context):
    spec = parse_spec(spec_text)
    kind = spec['type']
    prec = spec['prec']
    sign_neg = d._sign
    if d._special:
        body = d.copy_abs()._str(False, context)
        if kind == '%':
            body += '%'
        if spec['zero']:
            # no zero padding for Infinity and NaN: spaces, on the right
            spec['fill'], spec['align'] = ' ', '>'
        return align(sign_neg, body, spec, '')
    if kind is None:
        kind = 'G' if context.capitals else 'g'
    elif kind == 'n':
        kind = 'g'
    if kind == '%':
        d = _dec(d._sign, d._int, d._exp + 2)
    rounding = context.rounding
    if prec is not None:
        if kind in 'eE':
            d = d._round(prec + 1, rounding)
        elif kind in 'fF%':
            d = d._rescale(-prec, rounding)
        elif kind in 'gG':
            if prec == 0:
                prec = 1
            if _ndigits(d._int) > prec:
                d = d._round(prec, rounding)
    if d._int == 0 and d._exp > 0 and kind in 'fF%':
        d = d._rescale(0, rounding)
    if d._int == 0 and spec['z']:
        sign_neg = 0
    else:
        sign_neg = d._sign
    digits = str(d._int)
    leftdigits = d._exp + len(digits)
    if kind in 'eE':
        dotplace = 1 - prec if d._int == 0 and prec is not None else 1
    elif kind in 'fF%':
        dotplace = leftdigits
    else:
        dotplace = leftdigits if d._exp <= 0 and leftdigits > -6 else 1
    if dotplace < 0:
        intpart, fracpart = '0', '0' * -dotplace + digits
    elif dotplace > len(digits):
        intpart, fracpart = digits + '0' * (dotplace - len(digits)), ''
    else:
        intpart, fracpart = digits[:dotplace] or '0', digits[dotplace:]
    exp = leftdigits - dotplace
    return assemble(sign_neg, intpart, fracpart, exp, kind, spec)


_NAN = _dec(0, 0, 'n', 'n')

DefaultContext = Context(prec=28, rounding=ROUND_HALF_EVEN, Emin=-999999, Emax=999999, capitals=1,
                         clamp=0, flags=[], traps=[InvalidOperation, DivisionByZero, Overflow])
_DEFAULT = DefaultContext
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP, flags=[],
                       traps=[Clamped, InvalidOperation, DivisionByZero, Overflow, Underflow])
ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN, flags=[], traps=[])


# CPython writes these in C: error messages name them with their module ('decimal.Decimal' object ...).
from _stdlib_native import c_types as _c_types
_c_types(Decimal, Context)
del _c_types

# A Number of the numbers tower, though no Real (registered there if numbers loads after this module).
if 'numbers' in sys.modules:
    sys.modules['numbers'].Number.register(Decimal)
