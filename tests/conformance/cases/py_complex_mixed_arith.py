# A real and a complex under +, -, * and / (either side): up to 3.13 the real is made x+0j first;
# 3.14 (C11 Annex G) keeps it real, which shows in signed zeros and infinities.
import math

reals = [0.0, -0.0, 2.0, -3.0, math.inf, -math.inf, 1, 0, -5]
complexes = [complex(0.0, 0.0), complex(-0.0, -0.0), complex(1.0, -0.0), complex(-2.0, 0.0),
             complex(0.0, 3.0), complex(1.5, -2.5), complex(math.inf, 1.0), complex(-0.0, math.inf)]
for r in reals:
    for c in complexes:
        row = []
        for name, f in [("r+c", lambda: r + c), ("c+r", lambda: c + r), ("r-c", lambda: r - c),
                        ("c-r", lambda: c - r), ("r*c", lambda: r * c), ("c*r", lambda: c * r),
                        ("c/r", lambda: c / r), ("r/c", lambda: r / c)]:
            try:
                row.append(f"{name}={f()!r}")
            except ZeroDivisionError as e:
                row.append(f"{name}=ZeroDivisionError({e})")
        print(repr(r), repr(c), " ".join(row))
z = 1.5
z -= 0j
w = 2.0
w *= -1j
print(z, w, 3 - 0j, -0.0 + 0j, 0j - 0.0, (1 + 2j) / 2, 4 / (2 + 0j), sum([1j, 2.0, -0.0]))
