# float ** float and math.pow both call C's pow(): the same result for every pair, and (glibc's
# pow agreeing with the correctly rounded value all but very rarely) these values digit for digit.
import math
import random

rng = random.Random(20261206)
pairs = []
for _ in range(400):
    base = rng.choice([rng.uniform(0.0, 2.0), rng.uniform(0.0, 100.0), rng.uniform(1e-3, 1e3), 10.0, 1.1, 2.5])
    exponent = rng.choice([rng.uniform(-5.0, 5.0), rng.uniform(-40.0, 40.0), float(rng.randint(-30, 30))])
    pairs.append((base, exponent))
same = sum(math.pow(b, e) == b ** e for b, e in pairs)
print(len(pairs), same)
shown = [repr(b ** e) for b, e in pairs if e != int(e)]
print(len(shown))
for start in range(0, len(shown), 8):
    print(' '.join(shown[start:start + 8]))
print(10.0 ** -5, 1.1 ** 0.5, 2.0 ** 0.5, math.pow(10.0, 0.1), 7.0 ** (1 / 3), math.pow(1e300, 1.01 - 1))
