# `statistics`: averages and spread of int and float data with CPython's results to the last bit.
# As in CPython, sums are exact (every value as a ratio of integers, added as a fraction) and
# rounded once at the end; square roots of those fractions are correctly rounded.
from bisect import bisect_left, bisect_right
from collections import Counter
from itertools import groupby
from collections import namedtuple
from math import exp, fsum, gcd, isinf, isfinite, isnan, isqrt, log, sqrt, sumprod

__all__ = ['StatisticsError', 'correlation', 'covariance', 'fmean', 'geometric_mean', 'harmonic_mean',
           'linear_regression', 'mean', 'median', 'median_grouped', 'median_high', 'median_low', 'mode',
           'multimode',
           'pstdev', 'pvariance', 'quantiles', 'stdev', 'variance']


class StatisticsError(ValueError):
    __module__ = 'statistics'


def _reduced(n, d):
    # The fraction n/d in lowest terms with a positive denominator.
    g = gcd(n, d)
    if d < 0:
        g = -g
    return n // g, d // g


def _add(a, b):
    return _reduced(a[0] * b[1] + b[0] * a[1], a[1] * b[1])


def _exact_ratio(x):
    try:
        return x.as_integer_ratio()
    except AttributeError:
        pass
    except (OverflowError, ValueError):
        # inf or nan: kept as a float, which the result will be.
        return (x, None)
    try:
        return (x.numerator, x.denominator)
    except AttributeError:
        raise TypeError(f"can't convert type '{type(x).__name__}' to numerator/denominator") from None


def _coerce(T, S):
    if T is S:
        return T
    if S is int or S is bool:
        return T
    if T is int:
        return S
    if issubclass(S, T):
        return S
    if issubclass(T, S):
        return T
    if issubclass(T, int):
        return S
    if issubclass(S, int):
        return T
    # a Fraction and a float: the float
    if issubclass(S, float) and T.__name__ == 'Fraction':
        return S
    if issubclass(T, float) and S.__name__ == 'Fraction':
        return T
    raise TypeError("don't know how to coerce %s and %s" % (T.__name__, S.__name__))


def _result_type(types):
    T = int
    for S in types:
        T = _coerce(T, S)
    return T


def _sum(data):
    # (result type, exact sum as a (numerator, denominator) pair or a non-finite float, count).
    count = 0
    types = set()
    partials = {}
    for typ, values in groupby(data, type):
        types.add(typ)
        for n, d in map(_exact_ratio, values):
            count += 1
            partials[d] = partials.get(d, 0) + n
    if None in partials:
        total = partials[None]
    else:
        total = (0, 1)
        for d, n in partials.items():
            total = _add(total, (n, d))
    return _result_type(types), total, count


def _ss(data, c=None):
    # (result type, exact sum of squared deviations from the mean (or from c), count).
    if c is not None:
        T, ssd, count = _sum((d := x - c) * d for x in data)
        return T, ssd, count
    count = 0
    types = set()
    sx_partials = {}
    sxx_partials = {}
    for typ, values in groupby(data, type):
        types.add(typ)
        for n, d in map(_exact_ratio, values):
            count += 1
            sx_partials[d] = sx_partials.get(d, 0) + n
            sxx_partials[d] = sxx_partials.get(d, 0) + n * n
    if not count:
        ssd = (0, 1)
    elif None in sx_partials:
        ssd = sx_partials[None]
    else:
        sx = (0, 1)
        sxx = (0, 1)
        for d, n in sx_partials.items():
            sx = _add(sx, (n, d))
        for d, n in sxx_partials.items():
            sxx = _add(sxx, (n, d * d))
        # (count * sxx - sx * sx) / count
        ssd = _add((count * sxx[0], sxx[1]), (-sx[0] * sx[0], sx[1] * sx[1]))
        ssd = _reduced(ssd[0], ssd[1] * count)
    return _result_type(types), ssd, count


def _divide(value, k):
    # An exact fraction divided by the count k; a non-finite float stays a float.
    if isinstance(value, float):
        return value / k
    return _reduced(value[0], value[1] * k)


def _convert(value, T):
    if isinstance(value, float):
        return value
    n, d = value
    if issubclass(T, int) and d != 1:
        T = float
    if T is int:
        return n
    if T.__module__ == 'decimal' and T.__name__ == 'Decimal':
        # exact to the context's precision, as CPython's T(numerator) / denominator
        return T(n) / d
    return T(n / d)


def _integer_sqrt_of_frac_rto(n, m):
    # sqrt(n/m) rounded to an integer with round-to-odd.
    a = isqrt(n // m)
    return a | (a * a * m != n)


def _float_sqrt_of_frac(n, m):
    # sqrt(n/m) correctly rounded to a float, from enough exact bits and one rounding.
    q = (n.bit_length() - m.bit_length() - 109) // 2
    if q >= 0:
        numerator = _integer_sqrt_of_frac_rto(n, m << 2 * q) << q
        denominator = 1
    else:
        numerator = _integer_sqrt_of_frac_rto(n << -2 * q, m)
        denominator = 1 << -q
    return numerator / denominator


def _sqrt_of(value):
    if isinstance(value, float):
        # CPython reads .numerator of the float here.
        return _float_sqrt_of_frac(value.numerator, value.denominator)
    return _float_sqrt_of_frac(value[0], value[1])


def mean(data):
    T, total, n = _sum(data)
    if n < 1:
        raise StatisticsError('mean requires at least one data point')
    return _convert(_divide(total, n), T)


def fmean(data, weights=None):
    if weights is None:
        try:
            n = len(data)
        except TypeError:
            n = 0
            items = []
            for x in data:
                n += 1
                items.append(x)
            data = items
        total = fsum(data)
        if not n:
            raise StatisticsError('fmean requires at least one data point')
        return total / n
    if not isinstance(weights, (list, tuple)):
        weights = list(weights)
    try:
        num = sumprod(data, weights)
    except ValueError:
        raise StatisticsError('data and weights must be the same length') from None
    den = fsum(weights)
    if not den:
        raise StatisticsError('sum of weights must be non-zero')
    return num / den


def median(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    if n % 2 == 1:
        return data[n // 2]
    i = n // 2
    return (data[i - 1] + data[i]) / 2


def median_low(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    return data[n // 2] if n % 2 == 1 else data[n // 2 - 1]


def median_high(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    return data[n // 2]


def median_grouped(data, interval=1.0):
    # The median of continuous data grouped in classes `interval` wide around each value: the
    # middle value's class is entered from its lower limit, in proportion to the values in it.
    data = sorted(data)
    n = len(data)
    if not n:
        raise StatisticsError('no median for empty data')
    x = data[n // 2]
    below = bisect_left(data, x)
    inside = bisect_right(data, x, lo=below) - below
    try:
        interval = float(interval)
        x = float(x)
    except ValueError:
        raise TypeError('Value cannot be converted to a float')
    return x - interval / 2.0 + interval * (n / 2 - below) / inside


def mode(data):
    pairs = Counter(iter(data)).most_common(1)
    if not pairs:
        raise StatisticsError('no mode for empty data')
    return pairs[0][0]


def multimode(data):
    counts = Counter(iter(data))
    if not counts:
        return []
    most = max(counts.values())
    return [value for value, count in counts.items() if count == most]


def quantiles(data, *, n=4, method='exclusive'):
    if n < 1:
        raise StatisticsError('n must be at least 1')
    data = sorted(data)
    ld = len(data)
    if ld < 2:
        if ld == 1:
            return data * (n - 1)
        raise StatisticsError('must have at least one data point')
    result = []
    if method == 'inclusive':
        m = ld - 1
        for i in range(1, n):
            j, delta = divmod(i * m, n)
            result.append((data[j] * (n - delta) + data[j + 1] * delta) / n)
        return result
    if method == 'exclusive':
        m = ld + 1
        for i in range(1, n):
            j = min(max(i * m // n, 1), ld - 1)
            delta = i * m - j * n
            result.append((data[j - 1] * (n - delta) + data[j] * delta) / n)
        return result
    raise ValueError(f'Unknown method: {method!r}')


def variance(data, xbar=None):
    T, ss, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError('variance requires at least two data points')
    return _convert(_divide(ss, n - 1), T)


def pvariance(data, mu=None):
    T, ss, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError('pvariance requires at least one data point')
    return _convert(_divide(ss, n), T)


def stdev(data, xbar=None):
    T, ss, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError('stdev requires at least two data points')
    return _sqrt_of(_divide(ss, n - 1))


def pstdev(data, mu=None):
    T, ss, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError('pstdev requires at least one data point')
    return _sqrt_of(_divide(ss, n))


def geometric_mean(data):
    # exp of the mean of the logs (floats, summed with fsum); a zero makes it 0.0, a nan nan.
    logs = []
    zero = False
    n = 0
    for x in data:
        n += 1
        if x > 0.0 or isnan(x):
            logs.append(log(x))
        elif x == 0.0:
            zero = True
        else:
            raise StatisticsError('No negative inputs allowed', x)
    total = fsum(logs)
    if n == 0:
        raise StatisticsError('Must have a non-empty dataset')
    if isnan(total):
        return float('nan')
    if zero:
        return float('nan') if total == float('inf') else 0.0
    return exp(total / n)


def _no_negatives(values, message):
    for x in values:
        if x < 0:
            raise StatisticsError(message)
        yield x


def harmonic_mean(data, weights=None):
    # The reciprocal of the (weighted) mean of reciprocals, summed exactly as mean() does.
    if iter(data) is data:
        data = list(data)
    message = 'harmonic mean does not support negative values'
    n = len(data)
    if n < 1:
        raise StatisticsError('harmonic_mean requires at least one data point')
    if n == 1 and weights is None:
        x = data[0]
        if not isinstance(x, (int, float)) and type(x).__name__ not in ('Fraction', 'Decimal'):
            raise TypeError('unsupported type')
        if x < 0:
            raise StatisticsError(message)
        return x
    if weights is None:
        weights = [1] * n
        weight_total = (n, 1)
    else:
        weights = list(weights)
        if len(weights) != n:
            raise StatisticsError('Number of weights does not match data size')
        _, weight_total, _ = _sum(_no_negatives(weights, message))
    try:
        T, total, _ = _sum(w / x if w else 0 for w, x in zip(weights, _no_negatives(data, message)))
    except ZeroDivisionError:
        return 0
    if isinstance(total, float) or isinstance(weight_total, float):
        # a non-finite sum
        total = total if isinstance(total, float) else total[0] / total[1]
        weight_total = weight_total if isinstance(weight_total, float) else weight_total[0] / weight_total[1]
        if total <= 0:
            raise StatisticsError('Weighted sum must be positive')
        return _convert(weight_total / total, T)
    if total[0] <= 0:
        raise StatisticsError('Weighted sum must be positive')
    return _convert(_reduced(weight_total[0] * total[1], weight_total[1] * total[0]), T)


def _paired(x, y, what):
    n = len(x)
    if len(y) != n:
        raise StatisticsError(f'{what} requires that both inputs have same number of data points')
    if n < 2:
        raise StatisticsError(f'{what} requires at least two data points')
    return n


def covariance(x, y, /):
    n = _paired(x, y, 'covariance')
    mx = fsum(x) / n
    my = fsum(y) / n
    return sumprod([a - mx for a in x], [b - my for b in y]) / (n - 1)


def _ranks(values, start):
    # Rank of each value counted from `start`, ties sharing the mean of their ranks.
    order = sorted(range(len(values)), key=values.__getitem__)
    ranks = [0.0] * len(values)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and values[order[j + 1]] == values[order[i]]:
            j += 1
        shared = start + (i + j) / 2
        for k in order[i:j + 1]:
            ranks[k] = shared
        i = j + 1
    return ranks


def _sqrt_product(a, b):
    # sqrt(a * b), rescaled where the product overflows or underflows, then refined once.
    h = sqrt(a * b)
    if not isfinite(h):
        if isinf(h) and not isinf(a) and not isinf(b):
            s = 2.0 ** -512
            return _sqrt_product(s * a, s * b) / s
        return h
    if not h:
        if a and b:
            s = 2.0 ** 537
            return _sqrt_product(s * a, s * b) / s
        return h
    return h + sumprod((a, h), (b, -h)) / (2.0 * h)


def correlation(x, y, /, *, method='linear'):
    n = _paired(x, y, 'correlation')
    if method not in ('linear', 'ranked'):
        raise ValueError(f'Unknown method: {method!r}')
    if method == 'ranked':
        x = _ranks(list(x), (n - 1) / -2)
        y = _ranks(list(y), (n - 1) / -2)
    else:
        mx = fsum(x) / n
        my = fsum(y) / n
        x = [a - mx for a in x]
        y = [b - my for b in y]
    try:
        return sumprod(x, y) / _sqrt_product(sumprod(x, x), sumprod(y, y))
    except ZeroDivisionError:
        raise StatisticsError('at least one of the inputs is constant')


LinearRegression = namedtuple('LinearRegression', ('slope', 'intercept'))
LinearRegression.__module__ = 'statistics'


def linear_regression(x, y, /, *, proportional=False):
    n = _paired(x, y, 'linear regression')
    if not proportional:
        mx = fsum(x) / n
        my = fsum(y) / n
        x = [a - mx for a in x]
        y = [b - my for b in y]
    sxx = sumprod(x, x)
    try:
        slope = (sumprod(x, y) + 0.0) / sxx
    except ZeroDivisionError:
        raise StatisticsError('x is constant')
    return LinearRegression(slope=slope, intercept=0.0 if proportional else my - slope * mx)
