# math.hypot and math.dist as CPython computes them (its own vector norm: exact squares,
# compensated sums and a corrected square root), which differs in the last bit from a plain
# C or JavaScript hypot for many inputs, such as hypot(3, 3).
import hashlib
import math
import random

print(math.hypot(3, 3), math.hypot(3, 4), math.hypot(1, 1, 1), math.hypot(0.1, 0.2, 0.3))
print(math.hypot(), math.hypot(-2.5), math.hypot(-0.0, 0.0), math.hypot(7, 24.0, True))
print(math.hypot(float("nan"), float("inf")), math.hypot(float("nan"), 1.0), math.hypot(-float("inf"), 2))
print(math.hypot(1e308, 1e308), math.hypot(5e-324, 5e-324), math.hypot(1e-310, 3e-310, 2e-311))
print(math.hypot(1.5, 2.5, 3.5, 4.5), math.hypot(*range(1, 11)), math.hypot(2 ** 60, 1))
print(math.dist((1, 2), (4, 6)), math.dist((0.1, 0.2, 0.3), (1, 1, 1)), math.dist([], []))
try:
    math.hypot(10 ** 400, 1)
except OverflowError as e:
    print("OverflowError:", e)
try:
    math.hypot("3", 4)
except TypeError as e:
    print("TypeError:", e)

random.seed(2024)
values = []
for i in range(3000):
    n = random.choice([2, 2, 3, 4, 6])
    scale = 2.0 ** random.choice([-1060, -500, -20, 0, 0, 0, 10, 300, 1000])
    v = [random.uniform(-1, 1) * scale * 2.0 ** random.randint(-6, 6) for _ in range(n)]
    values.append(math.hypot(*v))
    if i < 5:
        print(repr(values[-1]))
digest = hashlib.sha256(" ".join(map(repr, values)).encode()).hexdigest()
print(digest[:16], sum(v == math.sqrt(sum(x * x for x in [v])) for v in values))
