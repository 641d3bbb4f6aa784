# Recorded vectors: random int and float data sets (seeded, the same in Loopline) through every function.
import random
import statistics as st
random.seed(3)
def gen():
    k = random.randint(1, 9)
    kind = random.random()
    if kind < 0.3:
        return [random.randint(-50, 50) for _ in range(k)]
    if kind < 0.6:
        return [round(random.uniform(-100, 100), random.randint(0, 3)) for _ in range(k)]
    if kind < 0.8:
        return [random.choice([0.1, 0.2, 0.3, 1e-9, 3, 7, 1e15, 2.5, True]) for _ in range(k)]
    return [random.random() * random.choice([1e-5, 1e-3, 1.0, 1e3, 1e5]) for _ in range(k)]
for _ in range(150):
    d = gen()
    out = []
    for f in (st.mean, st.fmean, st.median, st.median_low, st.median_high, st.mode, st.multimode, st.variance, st.pvariance, st.stdev, st.pstdev, st.quantiles):
        try:
            out.append(repr(f(d)))
        except Exception as e:
            out.append(type(e).__name__ + ': ' + str(e))
    try:
        out.append(repr(st.variance(d, st.mean(d))))
        out.append(repr(st.pstdev(d, 1.5)))
        out.append(repr(st.fmean(d, range(len(d)))))
        out.append(repr(st.quantiles(d, n=10, method='inclusive')))
    except Exception as e:
        out.append(type(e).__name__ + ': ' + str(e))
    print(' '.join(out))
