# The classic speed-up: blocking requests.get calls run in a ThreadPoolExecutor, so their waits
# overlap; sequentially they add up.
# sim: latency https://api.example.com/slow 1.5
# sim: latency https://api.example.com/ 0.5
import time
from concurrent.futures import ThreadPoolExecutor

import requests

URLS = [
    "https://api.example.com/users",
    "https://api.example.com/slow",
    "https://api.example.com/items",
    "https://api.example.com/orders",
]


def fetch(url):
    r = requests.get(url)
    print("fetched", url.rsplit("/", 1)[1], "at", round(time.perf_counter(), 2))
    return r.status_code


start = time.perf_counter()
codes = [fetch(u) for u in URLS[:2]]
print("sequential", codes, round(time.perf_counter() - start, 2))

start = time.perf_counter()
with ThreadPoolExecutor(max_workers=3) as pool:
    codes = list(pool.map(fetch, URLS))
print("threaded", codes, round(time.perf_counter() - start, 2))
