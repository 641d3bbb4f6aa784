# fsum's special values and overflow, sumprod's extended precision, and int / int rounding.
import math
import random

random.seed(1)
for _ in range(150):
    k = random.randint(0, 6)
    p = [random.choice([random.random(), random.randint(-9, 9), 1e300, 1e-300, 0.1, True, 2**70]) for _ in range(k)]
    q = [random.choice([random.random(), random.randint(-9, 9), -1e300, 3.0, 0.7]) for _ in range(k)]
    print(repr(math.sumprod(p, q)), repr(sum(p) and math.fsum(p)))
print(math.sumprod([1, 2], [3, 4]), math.sumprod([True], [True]), math.sumprod([float('inf'), 1.0], [1.0, 2.0]), math.sumprod([], []))
print(math.sumprod([0.1, 0.2, 0.3], [1, 2, 3]), math.sumprod([2**62, 2**62], [2, 2]), math.sumprod(iter([1.5]), (2,)))
for data in ([float('nan')], [float('inf'), 1], [float('nan'), float('inf')], [0.1] * 10, [1e100, 1, -1e100], [], [-0.0], [1e308, -1e308, 1e308]):
    print(repr(math.fsum(data)))
for i in range(1, 60):
    a = 3 ** (i * 7) + i
    b = 7 ** (i * 3)
    print(repr(a / b), repr((2**1074 + i) / 2**(2100 + i % 50)), repr((2**53 - i) / 2**1127), repr((2**60 + i * 12345) / 2**1088), repr(-(10**300 + i) / 10**620))


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


show(lambda: math.fsum([1e308, 1e308]))
show(lambda: math.fsum([float('inf'), -float('inf')]))
show(lambda: math.sumprod([1], [1, 2]))
show(lambda: 10**400 / 3)
