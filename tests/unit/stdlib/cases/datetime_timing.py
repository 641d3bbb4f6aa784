import asyncio
from datetime import datetime, timedelta


async def job(name, seconds):
    started = datetime.now()
    await asyncio.sleep(seconds)
    took = datetime.now() - started
    print(f"{name} took {took} ({took.total_seconds():.3f}s) finished at {datetime.now():%H:%M:%S.%f}")
    return took


async def main():
    results = await asyncio.gather(job("a", 1.25), job("b", 0.5), job("c", 3661.001))
    print(sum(results, timedelta()), max(results), sorted(results)[0])
    print(f"{datetime.now():%Y-%m-%d %H:%M}", format(datetime.now(), ""), str(datetime.now().date()))


asyncio.run(main())
