# geometric_mean, harmonic_mean, covariance, correlation (linear and ranked), linear_regression and their errors.
import statistics as s
from fractions import Fraction
xs = [1, 2, 3, 4, 5, 6.5]; ys = [2.1, 3.9, 6.2, 7.8, 10.1, 13.3]
print(s.geometric_mean([54, 24, 36]), s.geometric_mean([1.5, 0.0]), round(s.geometric_mean(xs), 12))
print(s.harmonic_mean([40, 60]), s.harmonic_mean([2.5, 3, 10]), s.harmonic_mean([40, 60], weights=[5, 30]), s.harmonic_mean([Fraction(1, 2), 3]), s.harmonic_mean([5]), s.harmonic_mean([0, 3]))
print(s.covariance(xs, ys), s.correlation(xs, ys), s.correlation(xs, ys, method='ranked'), s.correlation([1, 2, 2, 3], [3, 1, 1, 0], method='ranked'))
print(s.linear_regression(xs, ys), s.linear_regression(xs, ys, proportional=True))
for bad in (lambda: s.correlation([1, 1], [2, 3]), lambda: s.covariance([1], [2]), lambda: s.linear_regression([1, 2], [1]), lambda: s.geometric_mean([]), lambda: s.geometric_mean([-1]), lambda: s.harmonic_mean([-1, 2]), lambda: s.correlation([1,2],[3,4], method='x')):
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
