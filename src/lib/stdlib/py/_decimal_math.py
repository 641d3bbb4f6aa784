# The fixed-point arithmetic behind decimal's exp, ln and log10: real numbers as integers scaled
# by a power of ten, with series that end when their terms vanish at that scale.

__all__ = ['ln10', 'ln_fixed', 'exp_fixed']

def _atanh_inv(n, scale):
    """atanh(1/n) * 10**scale."""
    total = 0
    x2 = n * n
    power = (10 ** scale) // n
    k = 1
    while power:
        total += power // k
        power //= x2
        k += 2
    return total


def _ln2(scale):
    return 2 * _atanh_inv(3, scale)


def ln10(scale):
    # ln 10 = 3 ln 2 + ln 1.25, ln 1.25 = 2 atanh(1/9)
    return 3 * _ln2(scale) + 2 * _atanh_inv(9, scale)


def _tdiv(a, b):
    """a / b truncated toward zero (b > 0), so that a series of negative terms ends."""
    q = abs(a) // b
    return -q if a < 0 else q


def ln_fixed(coef, exp, scale):
    """ln(coef * 10**exp) * 10**scale, within a few units; coef > 0."""
    n = len(str(coef))
    g = scale + 10
    # m = coef / 10**(n-1), in [1, 10), as m * 10**g
    m = coef * 10 ** g // 10 ** (n - 1) if n - 1 <= g else coef // 10 ** (n - 1 - g)
    one = 10 ** g
    j = 0
    while m > one * 14 // 10:
        m = m // 2
        j += 1
    # ln(m) = 2 atanh((m - 1) / (m + 1))
    z = (m - one) * one // (m + one)
    z2 = z * z // one
    term = z
    total = 0
    k = 1
    while term:
        total += _tdiv(term, k)
        term = _tdiv(term * z2, one)
        k += 2
    ln_m = 2 * total + j * _ln2(g)
    result = ln_m + (exp + n - 1) * ln10(g)
    return result // 10 ** 10


def exp_fixed(x, scale):
    """exp(x / 10**scale) * 10**scale for |x / 10**scale| < 1.5, within a few units."""
    g = scale + 10
    one = 10 ** g
    x = x * 10 ** 10
    # halve until small, then square back
    halvings = 0
    while abs(x) > one // 100:
        x = x // 2
        halvings += 1
    total = one
    term = one
    k = 1
    while term:
        term = _tdiv(term * x, one * k)
        total += term
        k += 1
    for _ in range(halvings):
        total = total * total // one
    return total // 10 ** 10
