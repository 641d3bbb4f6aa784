"""A load test: many simulated requests with seeded latencies, then a report with statistics,
textwrap and pprint, the way a benchmark script prints its summary."""
import asyncio
import pprint
import random
import statistics
import textwrap
from collections import Counter, defaultdict

rng = random.Random(2024)
ENDPOINTS = ["/login", "/search", "/cart", "/checkout"]


async def request(endpoint, n):
    base = {"/login": 0.05, "/search": 0.12, "/cart": 0.03, "/checkout": 0.2}[endpoint]
    latency = round(rng.expovariate(1 / base), 4)
    await asyncio.sleep(latency)
    status = 500 if rng.random() < 0.08 else 200
    return endpoint, latency, status


async def main():
    sem = asyncio.Semaphore(8)

    async def limited(ep, n):
        async with sem:
            return await request(ep, n)

    jobs = [limited(ENDPOINTS[i % 4], i) for i in range(40)]
    results = await asyncio.gather(*jobs)
    by_ep = defaultdict(list)
    codes = Counter()
    for ep, lat, status in results:
        by_ep[ep].append(lat)
        codes[status] += 1
    table = {}
    for ep, lats in sorted(by_ep.items()):
        q = statistics.quantiles(lats, n=4)
        table[ep] = {
            "n": len(lats),
            "mean": round(statistics.mean(lats), 4),
            "median": round(statistics.median(lats), 4),
            "stdev": round(statistics.stdev(lats), 4),
            "p25_p75": [round(x, 4) for x in q[::2]],
            "max": max(lats),
        }
    pprint.pprint(table, width=100, sort_dicts=False)
    pprint.pprint(dict(codes))
    all_lat = [r[1] for r in results]
    print("fmean", round(statistics.fmean(all_lat), 6), "geo", round(statistics.geometric_mean(all_lat), 6))
    print("pvariance", round(statistics.pvariance(all_lat), 8), "mode of codes", statistics.mode(r[2] for r in results))
    print("median_low/high", statistics.median_low(all_lat), statistics.median_high(all_lat))
    xs = list(range(len(all_lat)))
    print("correlation", round(statistics.correlation(xs, all_lat), 6))
    slope, intercept = statistics.linear_regression(xs, all_lat)
    print(f"trend {slope:.6f} x + {intercept:.6f}")
    note = (
        f"The run took {asyncio.get_running_loop().time():.3f} virtual seconds for {len(results)} requests "
        f"with at most 8 in flight; {codes[500]} failed with a server error and the slowest endpoint was "
        f"{max(table, key=lambda e: table[e]['mean'])}."
    )
    print(textwrap.fill(note, width=60, initial_indent="* ", subsequent_indent="  "))
    print(textwrap.indent(textwrap.dedent("""\
        Endpoints:
          login, search
          cart, checkout
    """), "| "), end="")
    print(textwrap.shorten("A very long line of text that will not fit in the space given to it", width=30, placeholder=" [...]"))
    print(pprint.pformat(sorted(all_lat)[:12], compact=True, width=50))


asyncio.run(main())
