# statistics.NormalDist for a latency budget: the model fitted from samples, percentiles from
# inv_cdf (Wichura's AS241, every region of p), arithmetic with numbers and other distributions,
# equality, hashing and repr; cdf values printed to 12 digits (C libraries' erf differ in the last bit).
import asyncio
from statistics import NormalDist, StatisticsError

latencies = [112.0, 98.5, 130.25, 121.0, 104.75, 118.5, 127.0, 109.25]


async def probe(i):
    await asyncio.sleep(latencies[i] / 1000)
    return latencies[i]


async def main():
    seen = await asyncio.gather(*(probe(i) for i in range(len(latencies))))
    model = NormalDist.from_samples(seen)
    print(model, model.mean, model.stdev, model.variance, model.median, model.mode)
    for p in [1e-12, 0.001, 0.02, 0.05, 0.1, 0.25, 0.5, 0.9, 0.95, 0.975, 0.99, 0.999, 1 - 1e-9]:
        print(p, model.inv_cdf(p))
    print(model.quantiles(), NormalDist().quantiles(10))
    print([f"{model.cdf(x):.12f}" for x in (90, 110, 115, 140)])
    print(model.pdf(115), model.zscore(140), NormalDist(0, 1).pdf(0))
    slo = NormalDist(100, 10)
    print(f"{model.overlap(slo):.12f}", f"{slo.overlap(NormalDist(100, 10)):.1f}")
    both = model + slo
    print(both, model - slo, model * 2, 0.5 * model, model / 4, model + 5, 5 + model, 200 - model, -model, +model)
    print(model == NormalDist(model.mean, model.stdev), model == slo, model == 3, len({model, +model, slo}))
    print(NormalDist(10, 3).samples(4, seed=42), NormalDist().samples(2, seed="run-1"))
    print(NormalDist.from_samples([1, 2, 3, 4]), NormalDist(), NormalDist(7), NormalDist(mu=1, sigma=0))
    for bad in (lambda: NormalDist(0, -1), lambda: model.inv_cdf(1.0), lambda: NormalDist(1, 0).pdf(1),
                lambda: NormalDist(1, 0).cdf(1), lambda: model.overlap(2), lambda: NormalDist.from_samples([5]),
                lambda: model + "x", lambda: model * model):
        try:
            bad()
        except (StatisticsError, TypeError) as e:
            print(type(e).__name__, e)
    try:
        model.extra = 1
    except AttributeError as e:
        print("AttributeError", e)


asyncio.run(main())
