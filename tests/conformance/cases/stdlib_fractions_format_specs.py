# format() of a Fraction: without a presentation type (3.13+: fill, align, sign, '#', width,
# grouping), and float-style (3.12+: e, E, f, F, g, G, % rounded exactly, 'z', zero padding,
# grouping); a spec neither accepts is a ValueError naming the spec.
from fractions import Fraction

values = (Fraction(1, 3), Fraction(-22, 7), Fraction(1234567, 1), Fraction(0), Fraction(-1, 2000000),
          Fraction(999995, 100000), Fraction(5, 2), Fraction(10**20, 3))
specs = ["", ">8", "<8|", "^9", "*^9", "+", " ", "=+8", "08", "#", "_", ",", ">12,", "#>10",
         ".2f", ">10.3f", "e", ".3e", "E", "%", ".1%", "g", ".3g", "G", ".0f", ".0e", "#.0f", "#g",
         "z.2f", "z.1e", "+012.3f", "012,.2f", "0=12.2f", "<012.2f", "_.4f", ".3", "z", "d", "x",
         ",.3_f", ".2_f", "._e", "007.1f"]
for spec in specs:
    out = []
    for v in values:
        try:
            out.append(repr(format(v, spec)))
        except (ValueError, TypeError) as e:
            out.append(f"{type(e).__name__}: {e}")
            break
    print(repr(spec), " ".join(out))
print(f"{Fraction(2, 3):>10.4f}|{Fraction(7, 4)!s:^11}|{Fraction(-1, 8):.2%}")
