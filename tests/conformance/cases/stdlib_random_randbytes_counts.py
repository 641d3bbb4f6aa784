# random's randbytes, sample(counts=...) and (3.12+) binomialvariate draw what CPython's do from
# the same seed; sample's counts repeat each element of the population.
import random
import sys

rng = random.Random(1234)
print(rng.randbytes(6).hex(), rng.randbytes(0), len(rng.randbytes(13)))
print(rng.sample(["x", "y", "z"], counts=[3, 1, 2], k=4), rng.sample("ab", 3, counts=[2, 1]))
for pop, counts in (("abc", [1, 2]), ("abc", [0, 0, 0]), ("abc", [1.5, 1, 1]), ("ab", [2, -3]), ("", [])):
    try:
        print(rng.sample(pop, 1, counts=counts))
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
random.seed(7)
print(random.randbytes(4).hex(), random.random())
if sys.version_info >= (3, 12):
    r2 = random.Random(99)
    print([r2.binomialvariate(10, 0.3) for _ in range(5)], r2.binomialvariate(), r2.binomialvariate(50, 0.6))
else:
    print(hasattr(random.Random(), "binomialvariate"))
