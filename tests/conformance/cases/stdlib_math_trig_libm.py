# math.sin, math.cos and math.atan2 call the C library's: glibc's for 3.11-3.13 (correctly rounded
# but for rare arguments), musl's fdlibm ones for Pyodide's 3.14. Seeded arguments of every size,
# each result printed with repr so every bit counts.
import math
import random

rng = random.Random(31)
for i in range(300):
    kind = i % 3
    if kind == 0:
        x = rng.uniform(-10, 10)
    elif kind == 1:
        x = rng.uniform(-1, 1) * 2.0 ** rng.randint(-30, 40)
    else:
        x = rng.uniform(-1e6, 1e6)
    y = rng.uniform(-5, 5)
    print(i, repr(x), repr(math.sin(x)), repr(math.cos(x)), repr(math.atan2(y, x)))
for x in [0.0, -0.0, math.pi / 2, math.pi, 1e-9, 1e22, -1e300, 5e-324]:
    print(repr(x), repr(math.sin(x)), repr(math.cos(x)), repr(math.atan2(x, -1.5)))
