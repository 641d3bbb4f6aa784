# statistics.fmean with and without weights: iterators without len (counted as fsum reads them), a bad item
# before an iterator's own error, weights given as a generator, the length mismatch (whose StatisticsError
# keeps sumprod's ValueError as its context from 3.12, and has none on 3.11), zero total weight, empty data.
from statistics import fmean, StatisticsError


def gen(items, fail=False):
    yield from items
    if fail:
        raise RuntimeError('source failed')


print(fmean([1, 2, 4]), fmean(gen([1.5, 2.5])), fmean(x for x in range(10)))
print(fmean([10, 20, 30], [1, 2, 3]), fmean(gen([1, 2]), (w for w in (3, 1))), fmean((5,), [0.5]))
for args in [([], None), (gen([]), None), ([1, 2, 3], [1, 2]), ([1, 2], [1, -1]), ([], [])]:
    try:
        print(fmean(*args))
    except StatisticsError as e:
        print('StatisticsError', e, type(e.__context__).__name__, e.__suppress_context__, e.__cause__)
for bad in [gen([1, 'x'], fail=True), [1, None], gen([2, 3], fail=True)]:
    try:
        print(fmean(bad))
    except Exception as e:
        print(type(e).__name__, e)
