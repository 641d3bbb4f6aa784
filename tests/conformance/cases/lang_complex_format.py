# format() of complex numbers: every float presentation type on both parts (the imaginary part signed), no type (str()'s layout, the real part left out when it is +0.0), sign, z, #, grouping, width with fill and alignment around the whole, and CPython's refusals (zero padding, '=' alignment, % and other types).
specs = ["z.1f", "", ".1f", ">20", "^20.2e", "+.3g", " g", "#g", "n", ".0f", "<12", "x<15.1f", ",.2f", "_.1f", "E", ".2", "*^9"]
values = [complex(-0.0, -0.0), 3 + 4j, complex(0, -2.5), complex(-1.5, 0), complex(1234567.891, -0.000123),
          complex(float("nan"), float("inf")), 1j, complex(0.0, 1e22), complex(-0.0, 1)]
for s in specs:
    print(repr(s), " | ".join(format(c, s) for c in values))
for s in ["010", "=10", "0<10", "d", "%", "s", "x"]:
    try:
        print(s, format(1 + 2j, s))
    except (ValueError, TypeError) as e:
        print(s, type(e).__name__, e)
z = 2.5 - 1j
print(f"{z}|{z:.2f}|{z:>16.3e}|{z!r:^14}|{z.real:+.1f}{z.imag:+.1f}j", "{:,.1f}".format(complex(12345.6, -7)))
class C(complex):
    pass
print(format(C(1, 2), ".1f"), f"{C(0, 3):<8}|")
