import math
print(math.floor(3.7), math.floor(-3.2), math.ceil(3.2), math.ceil(-3.7), math.floor(5), type(math.floor(2.0)), math.trunc(-2.5))
print(math.sqrt(16), math.sqrt(2), math.pi, math.e, math.inf, math.nan, math.tau, -math.inf)
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.1), math.isclose(1, 1.05, rel_tol=0.1), math.isclose(0, 1e-10, abs_tol=1e-9))
print(math.gcd(12, 18), math.gcd(), math.gcd(0, -4), math.lcm(4, 6), math.isqrt(17), math.isqrt(10**40), math.prod([1, 2, 3, 4]), math.prod([]), math.prod([2.5, 2]))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100]), math.log(math.e), math.log(100, 10), math.log(8, 2), math.log2(8), math.log10(1000), math.log(2**1100))
print(math.exp(1), math.exp(0), math.sin(0), math.cos(0), math.sin(math.pi / 2), math.tan(0), math.atan2(1, 1), math.hypot(3, 4), math.degrees(math.pi), math.radians(180))
print(math.factorial(10), math.comb(5, 2), math.perm(5, 2), math.perm(4), math.fabs(-2), math.copysign(3, -0.0), math.isnan(math.nan), math.isinf(-math.inf), math.isfinite(1e308))
print(math.pow(2, 10), math.pow(2, 0.5), math.fmod(7, 3), math.fmod(-7, 3), math.modf(3.5), math.modf(-3.5), math.frexp(8.0), math.ldexp(0.5, 4), math.dist((0, 0), (3, 4)), math.remainder(7, 3))
for bad in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.log(-1), lambda: math.floor('a'), lambda: math.factorial(-1), lambda: math.factorial(2.5), lambda: math.floor(math.inf), lambda: math.floor(math.nan), lambda: math.exp(1000), lambda: math.acos(2), lambda: math.isqrt(-1)]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
