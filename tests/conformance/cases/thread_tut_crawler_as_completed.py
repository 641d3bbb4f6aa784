"""Tutorial crawler: ThreadPoolExecutor(max_workers=3) fetching URLs (time.sleep latencies), futures
mapped to URLs, as_completed order, one failure caught per future."""
import concurrent.futures as cf
import time

LAT = {'a.com': 0.3, 'b.org': 0.1, 'c.net': 0.5, 'd.io': 0.2, 'e.dev': 0.4}

def fetch(url):
    time.sleep(LAT[url])
    if url == 'd.io':
        raise ConnectionError(f'cannot reach {url}')
    return len(url) * 100

start = time.perf_counter()
with cf.ThreadPoolExecutor(max_workers=3, thread_name_prefix='crawl') as pool:
    futs = {pool.submit(fetch, u): u for u in LAT}
    for fut in cf.as_completed(futs):
        url = futs[fut]
        try:
            size = fut.result()
        except Exception as exc:
            print(f'{time.perf_counter() - start:.2f} {url} failed: {exc!r}')
        else:
            print(f'{time.perf_counter() - start:.2f} {url} -> {size} bytes')
print(f'total {time.perf_counter() - start:.2f}s')
print(fut.done(), fut.running(), fut.cancelled(), repr(fut.exception()) if fut.exception() else None)
