# math.cbrt is the C library's cube root: glibc's for 3.11-3.13 is not correctly rounded (a perfect
# cube such as 27.0 comes out one unit high), musl's (Pyodide's 3.14) is fdlibm's. Perfect cubes,
# special values and seeded arguments of every size (subnormals too), printed with repr.
import math
import random

for n in range(-12, 13):
    print(n, repr(math.cbrt(float(n**3))), repr(math.cbrt(n)))
for x in [0.0, -0.0, math.inf, -math.inf, 5e-324, -1e-310, 2.2250738585072014e-308, 1e308, 0.001, 1e-300]:
    print(repr(x), repr(math.cbrt(x)))
print(math.isnan(math.cbrt(math.nan)))
rng = random.Random(2027)
for i in range(300):
    x = rng.uniform(-1, 1) * 2.0 ** rng.randint(-1074, 1023)
    y = rng.uniform(-1000, 1000)
    print(i, repr(math.cbrt(x)), repr(math.cbrt(y)), repr(math.cbrt(x) ** 3 == x))
