import math
for f in [lambda: math.sin(math.inf), lambda: math.log2(2**2000), lambda: math.log10(10**400), lambda: math.sqrt(10**400), lambda: math.exp(710), lambda: math.gamma(0), lambda: math.gamma(5), lambda: math.erf(0.5), lambda: math.cosh(1000), lambda: math.pow(0, -1), lambda: math.atanh(1), lambda: math.log1p(-1), lambda: math.floor(1e300), lambda: math.log2(8), lambda: math.log2(10), lambda: math.log10(1000), lambda: math.log(10**400)]:
  try: print(f() if callable(f) else f)
  except Exception as e: print(type(e).__name__, e)
