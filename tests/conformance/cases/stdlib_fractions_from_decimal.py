# Fraction.from_decimal and Fraction(Decimal): exact, with CPython's errors for NaN, infinities and
# other types; comparisons between the two; arithmetic between them is refused as in CPython.
from fractions import Fraction as F
from decimal import Decimal as D
for x in [D('0.25'), D('-1.5E+3'), 7, True, D('NaN'), D('Infinity'), D('-0'), 1.5, '1/2']:
    try: print(repr(x), F.from_decimal(x))
    except (TypeError, ValueError, OverflowError) as e: print(repr(x), type(e).__name__, e)
for x in [D('1.1'), D('NaN'), D('-Infinity'), D('3E-2')]:
    try: print(repr(x), F(x))
    except (TypeError, ValueError, OverflowError) as e: print(repr(x), type(e).__name__, e)
print(F(1, 2) == D('0.5'), D('0.5') == F(1, 2), F(1, 3) < D('0.34'), D('0.3') < F(1, 3))
for op in ('+', '*', '-'):
    try: print(eval(f'F(1, 2) {op} D("0.5")'))
    except TypeError as e: print(e)
