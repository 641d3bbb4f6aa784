# `statistics`: averages and spread of int and float data with CPython's results to the last bit.
# As in CPython, sums are exact (every value as a ratio of integers, added as a fraction) and
# rounded once at the end; square roots of those fractions are correctly rounded.
from bisect import bisect_left, bisect_right
from collections import Counter
from itertools import groupby
from collections import namedtuple
from itertools import repeat
from math import erf, exp, fabs, fsum, gcd, hypot, isinf, isfinite, isnan, isqrt, log, sqrt, sumprod, tau
import random
import sys

__all__ = ['StatisticsError', 'correlation', 'covariance', 'fmean', 'geometric_mean', 'harmonic_mean',
           'linear_regression', 'NormalDist', 'mean', 'median', 'median_grouped', 'median_high', 'median_low', 'mode',
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
    if any(c.__module__ == 'fractions' and c.__name__ == 'Fraction' for c in T.__mro__):
        # exact, as CPython's T(fraction)
        return T(n, d)
    if T.__module__ == 'decimal' and T.__name__ == 'Decimal':
        # exact to the context's precision, as CPython's T(numerator) / denominator
        return T(n) / d
    return T(n / d)


def _isqrt_odd(n, m):
    # sqrt(n/m) rounded to an integer with round-to-odd.
    a = isqrt(n // m)
    return a | (a * a * m != n)


def _float_sqrt_of_frac(n, m):
    # sqrt(n/m) correctly rounded to a float, from enough exact bits and one rounding.
    # Scale n/m by 4**-shift so the integer root keeps about 54 bits plus a sticky bit, then undo
    # the scaling with an exact int/int division (one rounding, and int/int's overflow error).
    shift = (n.bit_length() - m.bit_length() - 109) // 2
    if shift < 0:
        top, bottom = _isqrt_odd(n << (-shift << 1), m), 1 << -shift
    else:
        top, bottom = _isqrt_odd(n, m << (shift << 1)) << shift, 1
    return top / bottom


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


def _tallied(items, box):
    # Passes the items on as they are read, counting them in box[0].
    for x in items:
        box[0] += 1
        yield x


def _sized(data):
    # (data, box): box[0] is the length now, or the count of items read so far for a plain iterator.
    try:
        return data, [len(data)]
    except TypeError:
        box = [0]
        return _tallied(data, box), box


def fmean(data, weights=None):
    if weights is None:
        data, box = _sized(data)
        total = fsum(data)
        if box[0] == 0:
            raise StatisticsError('fmean requires at least one data point')
        return total / box[0]
    if sys.version_info < (3, 12):
        # 3.11 sums products over the shorter side, then compares the counts.
        data, box = _sized(data)
        if not hasattr(weights, '__len__'):
            weights = list(weights)
        products = fsum(x * w for x, w in zip(data, weights))
        if box[0] != len(weights):
            raise StatisticsError('data and weights must be the same length')
    else:
        if not isinstance(weights, (list, tuple)):
            weights = list(weights)
        try:
            products = sumprod(data, weights)
        except ValueError:
            # raised inside the handler: sumprod's error stays as the context
            raise StatisticsError('data and weights must be the same length')
    weight = fsum(weights)
    if not weight:
        raise StatisticsError('sum of weights must be non-zero')
    return products / weight


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
    points = sorted(data)
    size = len(points)
    if size < 2:
        if sys.version_info < (3, 13):
            raise StatisticsError('must have at least two data points')
        if not size:
            raise StatisticsError('must have at least one data point')
        return points * (n - 1)
    # Cut k of n lies at k*span/n along the sorted points (0-based for 'inclusive', 1-based with the
    # ends clamped for 'exclusive'); whole part and remainder kept as integers, one division per cut.
    if method == 'inclusive':
        span = size - 1
        cuts = []
        for k in range(1, n):
            idx, rem = divmod(k * span, n)
            lo, hi = points[idx], points[idx + 1]
            cuts.append((lo * (n - rem) + hi * rem) / n)
        return cuts
    if method == 'exclusive':
        span = size + 1
        cuts = []
        for k in range(1, n):
            idx = k * span // n
            if idx < 1:
                idx = 1
            elif idx >= size:
                idx = size - 1
            rem = k * span - idx * n
            lo, hi = points[idx - 1], points[idx]
            cuts.append((lo * (n - rem) + hi * rem) / n)
        return cuts
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


def _is_decimal(T):
    return any(c.__module__ == 'decimal' and c.__name__ == 'Decimal' for c in T.__mro__)


def _decimal_sqrt_of(value):
    # sqrt(n/m) as a Decimal in the current context, correctly rounded: the context's square root
    # of the quotient may be one step off, so its neighbours are compared with the exact value.
    from decimal import Decimal
    n, m = value
    if n == 0:
        return Decimal('0.0')
    root = (Decimal(n) / Decimal(m)).sqrt()
    rn, rd = root.as_integer_ratio()
    for step, above in ((root.next_plus(), True), (root.next_minus(), False)):
        sn, sd = step.as_integer_ratio()
        # n/m against the square of the midpoint (root + step) / 2, in integers
        lhs = 4 * n * (rd * sd) ** 2
        rhs = m * (sd * rn + rd * sn) ** 2
        if (lhs > rhs) if above else (lhs < rhs):
            return step
    return root


def _deviation(T, value):
    # A standard deviation: a Decimal for Decimal data (unless non-finite), else a float.
    if _is_decimal(T) and not isinstance(value, float):
        return _decimal_sqrt_of(value)
    return _sqrt_of(value)


def stdev(data, xbar=None):
    T, ss, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError('stdev requires at least two data points')
    return _deviation(T, _divide(ss, n - 1))


def pstdev(data, mu=None):
    T, ss, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError('pstdev requires at least one data point')
    return _deviation(T, _divide(ss, n))


def geometric_mean(data):
    if sys.version_info < (3, 13):
        # Before 3.13: fmean of the logs, any ValueError (a zero, a negative, no data) reworded.
        try:
            mean_log = fmean(map(log, data))
        except ValueError:
            raise StatisticsError('geometric mean requires a non-empty dataset containing positive numbers') from None
        return exp(mean_log)
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


# Wichura's algorithm AS241 (Applied Statistics 37, 1988): the normal quantile as a ratio of two
# degree-7 polynomials, one pair per region of p. Coefficients from the paper, highest degree first;
# each polynomial is evaluated by Horner's rule, in the paper's order, so results match CPython's.
_AS241_CENTRAL = (
    (2.5090809287301226727e+3, 3.3430575583588128105e+4, 6.7265770927008700853e+4, 4.5921953931549871457e+4,
     1.3731693765509461125e+4, 1.9715909503065514427e+3, 1.3314166789178437745e+2, 3.3871328727963666080e+0),
    (5.2264952788528545610e+3, 2.8729085735721942674e+4, 3.9307895800092710610e+4, 2.1213794301586595867e+4,
     5.3941960214247511077e+3, 6.8718700749205790830e+2, 4.2313330701600911252e+1, 1.0),
)
_AS241_NEAR = (
    (7.7454501427834140764e-4, 2.2723844989269184583e-2, 2.4178072517745061177e-1, 1.2704582524523683826e+0,
     3.6478483247632046050e+0, 5.7694972214606914055e+0, 4.6303378461565452959e+0, 1.4234371107496835773e+0),
    (1.0507500716444168432e-9, 5.4759380849953449460e-4, 1.5198666563616457197e-2, 1.4810397642748007459e-1,
     6.8976733498510000455e-1, 1.6763848301838038494e+0, 2.0531916266377588219e+0, 1.0),
)
_AS241_TAIL = (
    (2.0103343992922881327e-7, 2.7115555687434875782e-5, 1.2426609473880784386e-3, 2.6532189526576123093e-2,
     2.9656057182850489123e-1, 1.7848265399172913358e+0, 5.4637849111641143699e+0, 6.6579046435011037772e+0),
    (2.0442631033899397856e-15, 1.4215117583164458887e-7, 1.8463183175100546818e-5, 7.8686913114561325910e-4,
     1.4875361290850614853e-2, 1.3692988092273580531e-1, 5.9983220655588793769e-1, 1.0),
)


def _horner(coefficients, r):
    value = coefficients[0]
    for c in coefficients[1:]:
        value = value * r + c
    return value


def _normal_quantile(p, mu, sigma):
    q = p - 0.5
    if fabs(q) <= 0.425:
        r = 0.180625 - q * q
        num, den = _AS241_CENTRAL
        return mu + (_horner(num, r) * q / _horner(den, r)) * sigma
    r = sqrt(-log(p if q <= 0.0 else 1.0 - p))
    if r <= 5.0:
        num, den = _AS241_NEAR
        r -= 1.6
    else:
        num, den = _AS241_TAIL
        r -= 5.0
    x = _horner(num, r) / _horner(den, r)
    return mu + ((-x if q < 0.0 else x) * sigma)


def _mean_and_stdev(data):
    # The exact mean and sample standard deviation of the data, each rounded once to a float.
    data = list(data)
    T, ss, n = _ss(data)
    if n < 2:
        raise StatisticsError('stdev requires at least two data points')
    xbar = _divide(_sum(data)[1], n)
    xbar = xbar if isinstance(xbar, float) else xbar[0] / xbar[1]
    if isinstance(ss, float):
        return xbar, xbar / ss
    return xbar, _sqrt_of(_divide(ss, n - 1))


class NormalDist:
    "Normal distribution of a random variable"
    # (The class docstring is CPython's, kept because programs print NormalDist.__doc__.)

    __slots__ = {'_mu': 'the mean', '_sigma': 'the standard deviation'}

    def __init__(self, mu=0.0, sigma=1.0):
        if sigma < 0.0:
            raise StatisticsError('sigma must be non-negative')
        self._mu, self._sigma = float(mu), float(sigma)

    @classmethod
    def from_samples(cls, data):
        return cls(*_mean_and_stdev(data))

    def samples(self, n, *, seed=None):
        rng = random if seed is None else random.Random(seed)
        mu, sigma = self._mu, self._sigma
        if sys.version_info < (3, 13):
            # Before 3.13 the samples are random.gauss's.
            return [rng.gauss(mu, sigma) for _ in repeat(None, n)]
        return [_normal_quantile(rng.random(), mu, sigma) for _ in repeat(None, n)]

    def pdf(self, x):
        var = self._sigma * self._sigma
        if not var:
            raise StatisticsError('pdf() not defined when sigma is zero')
        d = x - self._mu
        return exp(d * d / (-2.0 * var)) / sqrt(tau * var)

    def cdf(self, x):
        if self._sigma == 0.0:
            raise StatisticsError('cdf() not defined when sigma is zero')
        z = (x - self._mu) / (self._sigma * _SQRT2)
        return 0.5 * (1.0 + erf(z))

    def inv_cdf(self, p):
        if p <= 0.0 or p >= 1.0:
            raise StatisticsError('p must be in the range 0.0 < p < 1.0')
        return _normal_quantile(p, self._mu, self._sigma)

    def quantiles(self, n=4):
        return [self.inv_cdf(k / n) for k in range(1, n)]

    def overlap(self, other):
        # Inman and Bradley (1989): the area under both densities, from where they cross.
        if not isinstance(other, NormalDist):
            raise TypeError('Expected another NormalDist instance')
        a, b = self, other
        if (b._sigma, b._mu) < (a._sigma, a._mu):
            a, b = b, a
        va, vb = a.variance, b.variance
        if not va or not vb:
            raise StatisticsError('overlap() not defined when sigma is zero')
        dv = vb - va
        dm = fabs(b._mu - a._mu)
        if not dv:
            return 1.0 - erf(dm / (2.0 * a._sigma * _SQRT2))
        base = a._mu * vb - b._mu * va
        spread = a._sigma * b._sigma * sqrt(dm * dm + dv * log(vb / va))
        x1 = (base + spread) / dv
        x2 = (base - spread) / dv
        return 1.0 - (fabs(b.cdf(x1) - a.cdf(x1)) + fabs(b.cdf(x2) - a.cdf(x2)))

    def zscore(self, x):
        if self._sigma == 0.0:
            raise StatisticsError('zscore() not defined when sigma is zero')
        return (x - self._mu) / self._sigma

    mean = property(lambda self: self._mu, doc='The mean, mu.')
    median = property(lambda self: self._mu, doc='The median: mu.')
    mode = property(lambda self: self._mu, doc='The mode: mu.')
    stdev = property(lambda self: self._sigma, doc='The standard deviation, sigma.')
    variance = property(lambda self: self._sigma * self._sigma, doc='sigma squared.')

    # Arithmetic: a constant shifts or scales; two independent distributions add their variances.
    def __add__(self, other):
        if isinstance(other, NormalDist):
            return NormalDist(self._mu + other._mu, hypot(self._sigma, other._sigma))
        return NormalDist(self._mu + other, self._sigma)

    def __sub__(self, other):
        if isinstance(other, NormalDist):
            return NormalDist(self._mu - other._mu, hypot(self._sigma, other._sigma))
        return NormalDist(self._mu - other, self._sigma)

    def __rsub__(self, other):
        # other - self as the negation of self - other (so equal means give mu=-0.0, as CPython)
        return -(self - other)

    def __mul__(self, k):
        return NormalDist(self._mu * k, self._sigma * fabs(k))

    def __truediv__(self, k):
        return NormalDist(self._mu / k, self._sigma / fabs(k))

    __radd__, __rmul__ = __add__, __mul__

    def __pos__(self):
        return NormalDist(self._mu, self._sigma)

    def __neg__(self):
        return NormalDist(-self._mu, self._sigma)

    def __eq__(self, other):
        if isinstance(other, NormalDist):
            return (self._mu, self._sigma) == (other._mu, other._sigma)
        return NotImplemented

    def __hash__(self):
        return hash((self._mu, self._sigma))

    # pickling: the two floats
    def __getstate__(self):
        return (self._mu, self._sigma)

    def __setstate__(self, state):
        mu, sigma = state
        self._mu = mu
        self._sigma = sigma

    def __repr__(self):
        return f'{type(self).__name__}(mu={self._mu!r}, sigma={self._sigma!r})'


_SQRT2 = sqrt(2.0)


if sys.version_info < (3, 12):
    # correlation's method= came in 3.12: 3.11 takes x and y only.
    def _linear_only(both):
        def correlation(x, y, /):
            return both(x, y)
        correlation.__qualname__ = 'correlation'
        return correlation

    correlation = _linear_only(correlation)
    del _linear_only
