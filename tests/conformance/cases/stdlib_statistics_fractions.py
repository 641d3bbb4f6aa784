# statistics over Fractions stays exact (mean, median, variance, pvariance, quantiles, mode, harmonic/geometric means, mixed with ints, a Fraction subclass) and over Decimals keeps Decimal; mixing Fraction with float gives float; stdev and pstdev of Decimals are correctly rounded Decimals.
import statistics as st
from decimal import Decimal
from fractions import Fraction as F


class Ratio(F):
    pass


samples = {
    "fractions": [F(1, 2), F(1, 3), F(5, 6), F(1, 3)],
    "with ints": [F(1, 2), 2, 3, F(7, 4)],
    "subclass": [Ratio(1, 3), Ratio(2, 3), Ratio(1, 2)],
    "decimals": [Decimal("1.5"), Decimal("2.25"), Decimal("0.1"), Decimal("4")],
    "fraction+float": [F(1, 2), 0.25, F(3, 4)],
}
for label, data in samples.items():
    print(label)
    for fn in (st.mean, st.median, st.median_low, st.median_high, st.variance, st.pvariance, st.stdev, st.pstdev):
        try:
            r = fn(data)
            print(f"  {fn.__name__}: {r!r} ({type(r).__name__})")
        except (TypeError, st.StatisticsError) as e:
            print(f"  {fn.__name__}: {type(e).__name__}: {e}")
print(st.mode([F(1, 3), F(2, 6), F(1, 2)]), st.harmonic_mean([F(1, 2), F(1, 4)]), st.quantiles([F(1, 4), F(1, 2), F(3, 4), 1], n=4))
print(repr(st.mean([F(1, 3)] * 3)), repr(st.variance([F(1), F(2), F(4)], xbar=F(7, 3))), repr(st.median([F(1, 3), F(1, 2)])))
from decimal import localcontext

for prec in (5, 12, 28):
    with localcontext() as ctx:
        ctx.prec = prec
        print(prec, st.stdev([Decimal(2), Decimal(3), Decimal(7)]), st.pstdev([Decimal("0.1"), Decimal("0.2"), Decimal("0.4")]))
print(repr(st.pstdev([Decimal(5), Decimal(5)])), repr(st.stdev([Decimal("1E+3"), Decimal("3E+3")])))
