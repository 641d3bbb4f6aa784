# `math`: floats through JS Math (natives of the math module: sqrt, exp, log, sin, ..., fsum, isqrt, frexp,
# ldexp, modf, _float_floor/_float_ceil/_float_trunc, _range_product), integer functions in Python.

pi = 3.141592653589793
e = 2.718281828459045
tau = 6.283185307179586
inf = float('inf')
nan = float('nan')


def _int_arg(x):
    if isinstance(x, int):
        return int(x)
    if isinstance(x, float) or not hasattr(type(x), '__index__'):
        raise TypeError(f"'{type(x).__name__}' object cannot be interpreted as an integer")
    return x.__index__()


def floor(x, /):
    if isinstance(x, int):
        return int(x)
    if isinstance(x, float):
        return _float_floor(x)
    method = getattr(type(x), '__floor__', None)
    if method is not None:
        return method(x)
    return _float_floor(x)


def ceil(x, /):
    if isinstance(x, int):
        return int(x)
    if isinstance(x, float):
        return _float_ceil(x)
    method = getattr(type(x), '__ceil__', None)
    if method is not None:
        return method(x)
    return _float_ceil(x)


def trunc(x, /):
    if isinstance(x, int):
        return int(x)
    if isinstance(x, float):
        return _float_trunc(x)
    method = getattr(type(x), '__trunc__', None)
    if method is None:
        raise TypeError(f"type {type(x).__name__} doesn't define __trunc__ method")
    return method(x)


def isfinite(x, /):
    x = _to_float(x)
    return x == x and x not in (inf, -inf)


def isinf(x, /):
    x = _to_float(x)
    return x in (inf, -inf)


def isnan(x, /):
    x = _to_float(x)
    return x != x


def isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0):
    a = _to_float(a)
    b = _to_float(b)
    if rel_tol < 0.0 or abs_tol < 0.0:
        raise ValueError('tolerances must be non-negative')
    if a == b:
        return True
    if a in (inf, -inf) or b in (inf, -inf):
        return False
    diff = fabs(b - a)
    return ((diff <= fabs(rel_tol * b)) or (diff <= fabs(rel_tol * a))) or diff <= abs_tol


def degrees(x, /):
    return _to_float(x) * (180.0 / pi)


def radians(x, /):
    return _to_float(x) * (pi / 180.0)


def gcd(*integers):
    result = 0
    for x in integers:
        x = _int_arg(x)
        a, b = (result if result >= 0 else -result), (x if x >= 0 else -x)
        while b:
            a, b = b, a % b
        result = a
    return result


def lcm(*integers):
    if not integers:
        return 1
    result = 1
    for x in integers:
        x = _int_arg(x)
        if x == 0 or result == 0:
            result = 0
            continue
        g = gcd(result, x)
        result = (result // g) * x
        if result < 0:
            result = -result
    return result


def factorial(n, /):
    n = _int_arg(n)
    if n < 0:
        raise ValueError('factorial() not defined for negative values')
    return _range_product(2, n)


def comb(n, k, /):
    n = _int_arg(n)
    k = _int_arg(k)
    if n < 0:
        raise ValueError('n must be a non-negative integer')
    if k < 0:
        raise ValueError('k must be a non-negative integer')
    if k > n:
        return 0
    k = min(k, n - k)
    return _range_product(n - k + 1, n) // _range_product(2, k)


def perm(n, k=None, /):
    n = _int_arg(n)
    if k is None:
        k = n
    k = _int_arg(k)
    if n < 0:
        raise ValueError('n must be a non-negative integer')
    if k < 0:
        raise ValueError('k must be a non-negative integer')
    if k > n:
        return 0
    return _range_product(n - k + 1, n)


def prod(iterable, /, *, start=1):
    result = start
    for x in iterable:
        result = result * x
    return result


_LONG_MIN = -2 ** 63
_LONG_MAX = 2 ** 63 - 1


def _two_sum(a, b):
    # a + b as a float and its rounding error (error-free transformation).
    x = a + b
    z = x - a
    return x, (a - (x - z)) + (b - z)


def _two_product(x, y):
    # x * y as a float and its rounding error, which fma(x, y, -z) gives in C.
    z = x * y
    if not isfinite(z):
        return z, 0.0
    xn, xd = x.as_integer_ratio()
    yn, yd = y.as_integer_ratio()
    zn, zd = z.as_integer_ratio()
    return z, (xn * yn * zd - zn * xd * yd) / (xd * yd * zd)


def _triple_fma(x, y, total):
    # total + x * y in triple-length precision (CPython's tl_fma).
    hi, lo, tiny = total
    pr_hi, pr_lo = _two_product(x, y)
    sm_hi, sm_lo = _two_sum(hi, pr_hi)
    r1_hi, r1_lo = _two_sum(lo, pr_lo)
    r2_hi, r2_lo = _two_sum(r1_hi, sm_lo)
    return sm_hi, r2_hi, tiny + r1_lo + r2_lo


def _triple_to_float(total):
    hi, lo, tiny = total
    last_hi, last_lo = _two_sum(lo, hi)
    return tiny + last_lo + last_hi


def _as_double(x):
    # A float value for an int or bool partner of a float, or None if it is too large.
    try:
        return float(x)
    except OverflowError:
        return None


def sumprod(p, q, /):
    # CPython's three paths: exact machine-int products, then products of floats (and of a
    # float with an int) summed in triple-length precision, then plain `total + p*q` for the rest.
    # Each path, once left, is not taken again.
    p = iter(p)
    q = iter(q)
    total = 0
    int_path = flt_path = True
    int_total = 0
    int_used = flt_used = False
    flt_total = (0.0, 0.0, 0.0)
    sentinel = object()
    while True:
        a = next(p, sentinel)
        b = next(q, sentinel)
        if (a is sentinel) != (b is sentinel):
            raise ValueError('Inputs are not the same length')
        finished = a is sentinel
        if int_path:
            if not finished and type(a) is int and type(b) is int:
                prod = a * b
                if (_LONG_MIN <= a <= _LONG_MAX and _LONG_MIN <= b <= _LONG_MAX
                        and _LONG_MIN <= prod <= _LONG_MAX
                        and _LONG_MIN <= int_total + prod <= _LONG_MAX):
                    int_total += prod
                    int_used = True
                    continue
            int_path = False
            if int_used:
                total = total + int_total
                int_used = False
        if flt_path:
            if not finished:
                x = y = None
                if type(a) is float and type(b) is float:
                    x, y = a, b
                elif type(a) is float and type(b) in (int, bool):
                    x, y = a, _as_double(b)
                elif type(b) is float and type(a) in (int, bool):
                    x, y = _as_double(a), b
                if x is not None and y is not None:
                    new_total = _triple_fma(x, y, flt_total)
                    if isfinite(new_total[0]):
                        flt_total = new_total
                        flt_used = True
                        continue
            flt_path = False
            if flt_used:
                total = total + _triple_to_float(flt_total)
                flt_used = False
        if finished:
            return total
        total = total + a * b


def dist(p, q, /):
    p = tuple(p)
    q = tuple(q)
    if len(p) != len(q):
        raise ValueError('both points must have the same number of dimensions')
    return hypot(*[a - b for a, b in zip(p, q)])


def remainder(x, y, /):
    x = _to_float(x)
    y = _to_float(y)
    if y == 0 or x in (inf, -inf):
        if x != x or y != y:
            return nan
        raise ValueError('math domain error')
    if y in (inf, -inf):
        return x
    n = x / y
    r = round(n)
    return x - r * y

# CPython writes the whole module in C: `<built-in function floor>`.
from _stdlib_native import c_functions as _c_functions
_c_functions('math', globals(), '''floor ceil trunc isfinite isinf isnan isclose degrees radians gcd lcm factorial
    comb perm prod sumprod dist remainder''')
del _c_functions
