# complex ** x and pow(complex, x) as CPython computes them: an integral exponent of at most 100 in
# size by repeated squaring, any other in polar form on the C library's hypot, pow, atan2, exp,
# log, cos and sin (glibc's for 3.11-3.13, musl's for Pyodide's 3.14), every bit shown by repr.
# Then infinite, NaN and zero operands: glibc's cos and sin of an infinite phase set EDOM, which
# CPython reports as ZeroDivisionError (musl sets no errno: nan+nanj), an infinite part is an
# OverflowError, and 3.14's division turns nan+nanj back into the zero or infinity it stands for.
# Loopline's libm is correctly rounded where glibc's is off by an ulp for about 1 argument in 300
# to 3000, so the polar vector is kept short.
import random

rng = random.Random(1206)
inf, nan = float('inf'), float('nan')


def part():
    kind = rng.random()
    if kind < 0.15:
        return float(rng.randint(-6, 6))
    if kind < 0.5:
        return rng.uniform(-3, 3)
    return rng.choice([-1, 1]) * rng.random() * 2.0 ** rng.randint(-90, 90)


def exponent():
    kind = rng.random()
    if kind < 0.3:
        return rng.randint(-40, 40)
    if kind < 0.4:
        return complex(rng.randint(-100, 100), 0)
    if kind < 0.6:
        return rng.uniform(-5, 5)
    return complex(rng.uniform(-3, 3), rng.uniform(-3, 3))


def power(a, b):
    try:
        return repr(a ** b)
    except (ZeroDivisionError, OverflowError) as e:
        return f'{type(e).__name__}: {e}'


for i in range(120):
    a = complex(part(), part())
    b = exponent()
    print(i, repr(a), repr(b), power(a, b))

SPECIAL = [complex(inf, 0), complex(-inf, 0), complex(0, inf), complex(inf, -inf), complex(nan, 0),
           complex(inf, nan), complex(1, 1), complex(-1, 0), complex(1, 0), 0j, complex(1e300, 1e300),
           complex(1e-200, 0), complex(1e200, 0)]
EXPS = [2, -1, -2, 0, 101, 0.5, -0.5, 1j, complex(2, 1), complex(-2, 0), complex(inf, 0),
        complex(-inf, 0), complex(nan, 0), complex(0, inf), complex(inf, 1), complex(1, 1e300), -1e300]
for a in SPECIAL:
    print(repr(a), ' '.join(power(a, b).replace('complex exponentiation', '').replace(
        ' to a negative or complex power', '') for b in EXPS))

print(pow(2j, 3), pow(1 + 1j, 0.5), pow(3, 1j), pow(-8, 1 / 3))
for args in [(2j, 3, 4), (2.0, 3j, 4), (3, 2j, 4), (3, 2, 4j), (2.5, 2, 1j), (2, 2.5, 1j), (True, 1j, 2)]:
    try:
        print(pow(*args))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
