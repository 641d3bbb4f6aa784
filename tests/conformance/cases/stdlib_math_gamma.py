# math.gamma and math.lgamma across their range: exact factorials, half-integers, the reflection formula below zero, lgamma past gamma's overflow (lgamma(200), lgamma(1e10)), and the domain and range errors. Printed to 12 digits: the last bit follows the platform's exp/log/pow.
import math

for x in [0.5, 1.5, 2.5, 3, 5, 10, 10.5, 20, 23, 24, 50.5, 100, 170.5, 171, 171.5, 200, 1000, 1e10, 1e300,
          -0.5, -1.5, -2.5, -10.25, -150.5, -200.5, 1e-5, 1e-25, 0.1, 7.3]:
    try:
        g = f"{math.gamma(x):.12e}"
    except (ValueError, OverflowError) as e:
        g = type(e).__name__
    try:
        lg = f"{math.lgamma(x):.12e}"
    except (ValueError, OverflowError) as e:
        lg = type(e).__name__
    print(f"{x:g}: gamma {g} lgamma {lg}")
print([math.gamma(n) for n in range(1, 12)])
print(math.lgamma(1), math.lgamma(2), math.gamma(float("inf")), math.lgamma(float("-inf")))
for bad in [0, -1, -2.0, float("-inf")]:
    for f in (math.gamma, math.lgamma):
        try:
            print(f.__name__, bad, f(bad))
        except ValueError:
            print(f.__name__, bad, "ValueError")
# The number of ways to pick 20 of 60 workers, through lgamma, and the Beta function.
print(round(math.exp(math.lgamma(61) - math.lgamma(21) - math.lgamma(41))), math.comb(60, 20))
print(f"{math.gamma(2.5) * math.gamma(1.5) / math.gamma(4):.12f}")
