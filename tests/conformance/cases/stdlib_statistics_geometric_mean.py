# statistics.geometric_mean over the versions: ordinary data, an iterator, a zero, a negative, no data, a
# nan and an inf (3.13 answers a zero with 0.0 and names a negative; 3.11/3.12 reword every ValueError).
from statistics import geometric_mean, StatisticsError

for data in [[54, 24, 36], iter([2.0, 8.0]), [3, 0, 5], [4, -1, 2], [], [1.0, float('nan')],
             [1.0, float('inf')], [0, float('inf')], (10 ** k for k in range(5))]:
    try:
        print(round(geometric_mean(data), 9))
    except StatisticsError as e:
        print('StatisticsError', e.args, e.__suppress_context__)
try:
    geometric_mean(['a'])
except TypeError as e:
    print('TypeError', e)
