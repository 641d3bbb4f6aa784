from statistics import NormalDist, StatisticsError
import statistics
N = NormalDist(2.4, 1.6)
M = NormalDist(3.2, 2.0)
print(N, M, N.mean, N.median, N.mode, N.stdev, N.variance)
print(N.overlap(M), M.overlap(N), N.overlap(NormalDist(5, 1.6)))
for p in [1e-300, 1e-20, 1e-10, 0.001, 0.01, 0.02425, 0.05, 0.075, 0.1, 0.25, 0.3, 0.5, 0.6, 0.7, 0.9, 0.95, 0.975, 0.99, 0.999999, 1 - 1e-16]:
    print(p, NormalDist().inv_cdf(p), N.inv_cdf(p))
print(N.quantiles(), N.quantiles(10))
print([round(x, 12) for x in NormalDist(0, 1).quantiles(5)])
for x in [-3, -1.5, 0, 0.3, 1, 2.4, 5, 10]:
    print(x, N.pdf(x), N.cdf(x), N.zscore(x))
print(N + M, N - M, N * 3, 3 * N, N / 2, N + 1, 1 + N, 10 - N, N - 10, -N, +N, N * -2)
print(N == NormalDist(2.4, 1.6), N == M, N == 3, hash(N) == hash(NormalDist(2.4, 1.6)))
print(NormalDist.from_samples([2.5, 3.1, 2.1, 2.4, 2.7, 3.5]))
print(NormalDist.from_samples([1, 2, 3, 4, 5]))
print(NormalDist.from_samples(iter([1.5, 2.25, 7])))
print(NormalDist(10, 3).samples(5, seed=42))
print(NormalDist(10, 3).samples(3, seed='abc'))
import random
random.seed(7)
print(NormalDist().samples(3))
print({N: 1}[NormalDist(2.4, 1.6)])
print(NormalDist(), NormalDist(1), NormalDist(mu=5, sigma=0))
for bad in [lambda: NormalDist(0, -1), lambda: NormalDist().inv_cdf(0), lambda: NormalDist().inv_cdf(1.5),
            lambda: NormalDist(1, 0).pdf(1), lambda: NormalDist(1, 0).cdf(1), lambda: NormalDist(1, 0).zscore(1),
            lambda: NormalDist(1, 0).overlap(N), lambda: N.overlap(3), lambda: NormalDist.from_samples([1]),
            lambda: N + 'a', lambda: N * N]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
try:
    N.x = 1
except AttributeError as e:
    print('AttributeError', e)
print(NormalDist(100, 15).cdf(130) - NormalDist(100, 15).cdf(70))
print(round(NormalDist(100, 15).inv_cdf(0.95), 6))
print(statistics.NormalDist.__doc__, NormalDist.__slots__ if isinstance(NormalDist.__slots__, tuple) else sorted(NormalDist.__slots__))
