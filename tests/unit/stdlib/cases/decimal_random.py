# Property vectors: random Decimals through every operation under random contexts; CPython's
# results are the recorded truth, and each exact result is also checked against Fraction here.
import random
from decimal import Decimal, Context, localcontext, Inexact, DecimalException, ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP
from fractions import Fraction

random.seed(2026)
MODES = [ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP]


def rand_decimal():
    kind = random.random()
    if kind < 0.03:
        return Decimal(random.choice(['NaN', '-Infinity', 'Infinity', '-0', '0E-5']))
    digits = ''.join(random.choice('0123456789') for _ in range(random.randint(1, 30)))
    exp = random.randint(-25, 25)
    sign = random.choice('+-')
    return Decimal(f'{sign}{digits}E{exp}')


def show(f):
    try:
        return str(f())
    except DecimalException as e:
        return type(e).__name__
    except (TypeError, ValueError, OverflowError, ZeroDivisionError) as e:
        return type(e).__name__ + ': ' + str(e)


mismatches = 0
for i in range(200):
    a, b = rand_decimal(), rand_decimal()
    prec = random.choice([3, 9, 16, 28, 34])
    mode = random.choice(MODES)
    with localcontext(Context(prec=prec, rounding=mode)) as ctx:
        results = [show(lambda: a + b), show(lambda: a - b), show(lambda: a * b), show(lambda: a / b),
                   show(lambda: a // b), show(lambda: a % b), show(lambda: a.compare(b)), show(lambda: +a),
                   show(lambda: a.quantize(Decimal('1E-2'))), show(lambda: a.sqrt()), show(lambda: a ** random.randint(-3, 4)),
                   show(lambda: a.to_integral_value()), show(lambda: round(a, 1)), show(lambda: a.max(b)), show(lambda: a.min(b)),
                   show(lambda: a.remainder_near(b)), show(lambda: a.normalize()), show(lambda: a.fma(b, a))]
        print(i, prec, mode, a, b, ' '.join(results))
        print('  ', a < b if not (a.is_nan() or b.is_nan()) else 'nan', a == b, sorted(ctx.flags[s] for s in ctx.flags))
        if a.is_finite() and b.is_finite():
            print('  ', hash(a) == hash(Fraction(a)), int(a) if abs(a.adjusted()) < 40 else 'big', a.as_integer_ratio() == Fraction(a).as_integer_ratio())
            ctx.clear_flags()
            s = a + b
            if not ctx.flags[Inexact] and Fraction(s) != Fraction(a) + Fraction(b):
                mismatches += 1
            ctx.clear_flags()
            p = a * b
            if not ctx.flags[Inexact] and Fraction(p) != Fraction(a) * Fraction(b):
                mismatches += 1
print('mismatches', mismatches)
