# statistics.correlation's method= (3.12: 'ranked' is Spearman's, on ranks; 3.11 has no such
# parameter) and linear_regression(proportional=True), the line through the origin.
import statistics

x = [1, 2, 3, 4, 5, 6]
y = [2, 1, 4, 3, 7, 5]
print(statistics.correlation(x, y))
for method in ('linear', 'ranked', 'kendall'):
    try:
        print(method, statistics.correlation(x, y, method=method))
    except (TypeError, ValueError) as e:
        print(method, type(e).__name__, e)
try:
    print(statistics.correlation([1, 1, 2, 3], [5, 5, 6, 9], method='ranked'))
except TypeError as e:
    print(type(e).__name__, e)
print(statistics.linear_regression(x, y))
print(statistics.linear_regression(x, y, proportional=True))
for xs, ys in (([1, 2, 3], [0, 0, 0]), ([0, 0, 0], [1, 2, 3]), ([1.5, 2.5], [3.0, 5.5])):
    try:
        print(statistics.linear_regression(xs, ys, proportional=True))
    except statistics.StatisticsError as e:
        print('StatisticsError', e)
