# math.log and math.exp are correctly rounded, as glibc's (CPython's) are in all but rare cases:
# V8's Math.log/exp differ from them in the last digit for about 2% of arguments.
import math
import random

rng = random.Random(2024)
for _ in range(400):
    x = rng.random() * 10.0 ** rng.randint(-12, 12)
    print(math.log(x), math.exp(min(x, 700.0)), math.exp(-x), math.log(x, 10))
for x in [1e-320, 5e-324, 0.5, 1.0, 2.0, 10.0, 709.78, -745.1, -745.2, float('inf'), float('nan')]:
    print(x, math.exp(x), math.log(abs(x)))
