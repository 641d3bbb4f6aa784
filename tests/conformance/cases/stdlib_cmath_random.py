# Property vectors for cmath: seeded random complex numbers of every magnitude (tiny, subnormal,
# near the unit circle, huge) through sqrt, abs/polar and isclose (400 numbers), and exp, log (with
# and without a base), log10 and phase (the first 40), printed with repr (so every bit counts)
# or the error raised; then each function on the grid of special parts (signed zeros, infinities,
# NaN). The second group rests on libm's exp, log, sin, cos and atan2: Loopline's are correctly
# rounded, glibc's are off by one ulp for about 1 argument in 300 to 3000 (so fewer vectors).
import cmath
import math
import random

random.seed(4242)
inf, nan = math.inf, math.nan


def part():
    kind = random.random()
    if kind < 0.1:
        return random.choice([0.0, -0.0, 1.0, -1.0])
    if kind < 0.2:
        return random.uniform(-1.5, 1.5)
    if kind < 0.3:
        return random.choice([-1, 1]) * (1 + random.uniform(-1e-6, 1e-6))
    sign = random.choice([-1, 1])
    return sign * random.random() * 2.0 ** random.randint(-1074, 1023)


def show(label, f, *args):
    try:
        r = f(*args)
    except (ValueError, OverflowError, ZeroDivisionError) as e:
        r = type(e).__name__ + ': ' + str(e)
    print(label, repr(r))


for case in range(400):
    z = complex(part(), part())
    print(case, repr(z))
    show('  sqrt', cmath.sqrt, z)
    show('  abs', abs, z)
    show('  modulus', lambda z: cmath.polar(z)[0], z)
    w = z * complex(1 + random.uniform(-1e-8, 1e-8), random.uniform(-1e-8, 1e-8))
    show('  isclose', cmath.isclose, z, w)
    if case < 40:
        show('  exp', cmath.exp, complex(random.uniform(-800, 800), random.uniform(-50, 50))
             if case % 2 else z)
        show('  log', cmath.log, z)
        show('  log10', cmath.log10, z)
        show('  phase', cmath.phase, z)
        show('  polar', cmath.polar, z)
        show('  log base', cmath.log, z, complex(part(), part()) if case % 3 else random.uniform(2, 20))

SPECIAL = [-inf, -2.5, -0.0, 0.0, 2.5, inf, nan]
for re in SPECIAL:
    for im in SPECIAL:
        z = complex(re, im)
        row = []
        for f in (cmath.sqrt, cmath.exp, cmath.log, cmath.log10, cmath.phase, cmath.polar,
                  cmath.isfinite, cmath.isinf, cmath.isnan):
            try:
                row.append(repr(f(z)))
            except (ValueError, OverflowError) as e:
                row.append(type(e).__name__)
        try:
            row.append(repr(cmath.rect(re, im)))
        except ValueError as e:
            row.append('ValueError')
        print(repr(z), ' '.join(row))
