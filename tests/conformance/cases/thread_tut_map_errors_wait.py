"""Tutorial executor errors: map re-raising a worker's exception while iterating, wait(FIRST_EXCEPTION),
result(timeout=...) raising TimeoutError."""
import concurrent.futures as cf, time, traceback

def risky(n):
    time.sleep(0.1 * n)
    if n % 2:
        raise ValueError(f'odd {n}')
    return n

with cf.ThreadPoolExecutor(2) as ex:
    it = ex.map(risky, [2, 4, 3, 6])
    try:
        for v in it:
            print('ok', v)
    except ValueError as e:
        print('caught', e, round(time.monotonic(), 2))
    done, pending = cf.wait([ex.submit(risky, i) for i in (1, 2)], return_when=cf.FIRST_EXCEPTION)
    print(len(done), len(pending))
    f = ex.submit(risky, 5)
    try:
        f.result(timeout=0.1)
    except cf.TimeoutError:
        print('timeout', f.running())
    print(type(f.exception()).__name__)
print(round(time.monotonic(), 2))
