import statistics


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


show(lambda: statistics.mean([]))
show(lambda: statistics.fmean([]))
show(lambda: statistics.fmean(iter([])))
show(lambda: statistics.median([]))
show(lambda: statistics.median_low([]))
show(lambda: statistics.median_high(()))
show(lambda: statistics.mode([]))
show(lambda: statistics.variance([1]))
show(lambda: statistics.stdev([]))
show(lambda: statistics.pvariance([]))
show(lambda: statistics.pstdev([]))
show(lambda: statistics.quantiles([]))
show(lambda: statistics.quantiles([1, 2], n=0))
show(lambda: statistics.quantiles([1, 2], method='nearest'))
show(lambda: statistics.fmean([1, 2], weights=[1]))
show(lambda: statistics.fmean([1, 2], weights=[1, -1]))
show(lambda: statistics.mean(['a', 'b']))
show(lambda: statistics.mean([1, None]))
show(lambda: statistics.median([1, 'a']))
show(lambda: statistics.stdev([1.0, float('inf')]))
show(lambda: statistics.variance([1, 2], 'x'))
show(lambda: statistics.fmean([1e308, 1e308]))
show(lambda: statistics.mean([1e308, 1e308]))
statistics.mean([])
