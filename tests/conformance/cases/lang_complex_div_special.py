# Complex division with infinite and NaN parts: 3.11-3.13 give the scaled quotient's nan+nanj, 3.14
# turns it back into the infinity or signed zero it stands for (C11 Annex G), a NaN's sign included.
inf = float("inf")
nan = float("nan")
vals = [complex(inf, 0), complex(-inf, 2), complex(0, inf), complex(inf, inf), complex(nan, 1), 1+2j, complex(-3, 0.5), 0j, complex(1e308, 1e308)]
for a in vals:
    for b in vals:
        try:
            r = repr(a / b)
        except Exception as e:
            r = f"{type(e).__name__}: {e}"
        print(repr(a), repr(b), r)
