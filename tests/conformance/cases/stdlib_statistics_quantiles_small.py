# statistics.quantiles on very small data: one point (repeated n-1 times from 3.13, an error before), none,
# two and three points with both methods, n=1 and n=0, and an unknown method (checked only with 2+ points).
from fractions import Fraction
from statistics import quantiles, StatisticsError

for data, kw in [([7], {}), ([7.5], {'n': 3}), ([], {}), ([1, 9], {}), ([1, 9], {'method': 'inclusive'}),
                 ([3, 1, 2], {'n': 5}), ([Fraction(1, 3), 2], {'n': 3}), ([4, 5, 6], {'n': 1}),
                 ([4, 5], {'n': 0}), ([1], {'method': 'median'}), ([1, 2], {'method': 'median'}),
                 (iter([5, 3, 8, 1]), {'n': 10, 'method': 'inclusive'})]:
    try:
        print(quantiles(data, **kw))
    except (StatisticsError, ValueError) as e:
        print(type(e).__name__, e)
