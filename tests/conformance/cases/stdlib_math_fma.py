# math.fma(x, y, z) (3.13+): x * y + z rounded once, with C's errors for a NaN from non-NaN
# operands and an infinity from finite ones; earlier versions have no math.fma. (No result that
# underflows to zero: Pyodide's libm fma gives it the wrong sign.)
import math
import random

print(hasattr(math, 'fma'))
if hasattr(math, 'fma'):
    for args in [(2, 3, 4), (0.1, 10, -1), (1e308, 10, -1e308), (2.0 ** -600, 2.0 ** -600, 0.0),
                 (-0.0, 1.0, 0.0), (-0.0, 1.0, -0.0),
                 (True, 2, 3), (1 << 60, 3, 1), (2, 3), ('a', 1, 2), (1 << 2000, 1, 1),
                 (float('inf'), 0, 1), (1e308, 10, 0), (float('nan'), 1, 1), (float('inf'), 1, float('-inf')),
                 (float('inf'), 2, 1), (1.5, float('nan'), float('inf'))]:
        try:
            r = math.fma(*args)
            print(type(r).__name__, r, r.hex())
        except Exception as e:
            print(type(e).__name__, e)
    # Against the exact sum, rounded by hand through fractions.
    from fractions import Fraction
    rng = random.Random(5)
    bad = 0
    for _ in range(3000):
        x, y, z = (math.ldexp(rng.uniform(-1, 1), rng.randint(-1070, 500)) for _ in range(3))
        if rng.random() < 0.5:
            z = -x * y
        exact = Fraction(x) * Fraction(y) + Fraction(z)
        r = math.fma(x, y, z)
        lo, hi = math.nextafter(r, -math.inf), math.nextafter(r, math.inf)
        if abs(Fraction(r) - exact) > abs(Fraction(lo) - exact) or abs(Fraction(r) - exact) > abs(Fraction(hi) - exact):
            bad += 1
    print('not nearest:', bad)
else:
    try:
        math.fma(1, 2, 3)
    except AttributeError as e:
        print('AttributeError', e)
