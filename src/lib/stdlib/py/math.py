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


def sumprod(p, q, /):
    p = list(p)
    q = list(q)
    if len(p) != len(q):
        raise ValueError('Inputs are not the same length')
    total = 0
    for a, b in zip(p, q):
        total = total + a * b
    return total


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
