# math.erf/erfc keep their digits in the tails: erfc(6) is 2.15e-17 (1 - erf(6) would be 0.0), erfc(-x) near 2, tiny arguments. Printed to 12 digits: the C libraries CPython uses differ from each other in the last bit.
import math

for x in [0.0, 1e-300, 1e-10, 0.1, 0.5, 0.84375, 1, 1.25, 2, 2.857, 3, 4.5, 5, 6, 8, 10, 15, 20, 26, 27.5, 30]:
    print(f"{x:g}: erf {math.erf(x):.12e} erfc {math.erfc(x):.12e} erf(-x) {math.erf(-x):.12e} erfc(-x) {math.erfc(-x):.12e}")
for x in [float("inf"), float("-inf")]:
    print(x, math.erf(x), math.erfc(x))
print(math.isnan(math.erf(float("nan"))), math.isnan(math.erfc(float("nan"))))
print(math.copysign(1, math.erf(-0.0)), math.erfc(0.0), math.erf(-0.0))



def normal_cdf(x, mu, sigma):
    return 0.5 * math.erfc(-(x - mu) / (sigma * math.sqrt(2)))


for ms in [90, 120, 150, 200]:
    print(f"P(latency < {ms} ms) = {normal_cdf(ms, 120, 15):.10f}")
print(f"{normal_cdf(-9, 0, 1):.6e}")
