import statistics
from statistics import (mean, fmean, median, median_low, median_high, mode, multimode, stdev, pstdev,
                        variance, pvariance, quantiles, StatisticsError)

latencies = [0.12, 0.5, 0.33, 0.07, 1.25, 0.33, 0.91, 0.2]
ints = [2, 4, 4, 4, 5, 5, 7, 9]
for data in (latencies, ints, [1, 2, 3, 4], [1.5], [3], [True, False, True], [1e16, 1, -1e16], [0.1] * 10,
             [1e-300, 3e-300, 2e-300], [10**20, 10**20 + 1, 10**20 + 5], [-1.5, 2.25, 0.5, -0.125]):
    print(repr(mean(data)), repr(fmean(data)), repr(median(data)), repr(median_low(data)), repr(median_high(data)))
    if len(data) > 1:
        print('  ', repr(variance(data)), repr(pvariance(data)), repr(stdev(data)), repr(pstdev(data)))
print(repr(mean([1, 2, 3])), repr(mean([1, 2])), repr(variance([1, 2, 3, 4])), repr(pvariance([1, 3])), repr(stdev([1, 2, 3, 4])))
print(repr(mean(iter([0.5, 1.5]))), repr(fmean(x / 4 for x in range(5))), repr(median((5, 1, 3, 2))), repr(median_low('cab')), repr(median_high(['b', 'a'])))
print(repr(variance(latencies, mean(latencies))), repr(pvariance(ints, 5)), repr(stdev(ints, 5.25)), repr(pstdev(latencies, 0.5)))
print(repr(fmean([1, 2, 3], weights=[0.25, 0.25, 0.5])), repr(fmean([85, 92, 83, 91], weights=[0.2, 0.2, 0.3, 0.3])), repr(fmean([0.1, 0.2], weights=(1, 3))))
print(mode([1, 1, 2, 3, 3, 3, 3, 4]), mode(['red', 'blue', 'blue', 'red', 'green', 'red', 'red']), mode(['a', 'b', 'b', 'a']), mode([2.5]))
print(multimode('aabbbbccddddeeffffgg'), multimode([3, 1, 2]), multimode([]), multimode(iter('xyx')))
print(quantiles(ints), quantiles(latencies, n=10), quantiles(ints, n=4, method='inclusive'), quantiles([7], n=3), quantiles(range(1, 11), n=2))
print(repr(mean([float('inf'), 1])), repr(mean([float('inf'), -float('inf')])), repr(median([float('nan')])), repr(pvariance([1, float('inf')])))
print(issubclass(StatisticsError, ValueError), statistics.StatisticsError.__name__, repr(statistics.mean([0.1, 0.2, 0.3])), repr(sum([0.1, 0.2, 0.3]) / 3))
