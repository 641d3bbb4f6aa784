"""Tutorial multiprocessing.Pool: starmap, imap_unordered in finishing order, apply_async.get."""
import multiprocessing as mp
import time

def power(base, exp):
    time.sleep(0.05 * exp)
    return base ** exp

def slow_id(x):
    time.sleep(0.4 - 0.1 * x)
    return x

if __name__ == '__main__':
    with mp.Pool(processes=3) as pool:
        print(pool.starmap(power, [(2, 3), (3, 2), (4, 1), (5, 0)]))
        out = []
        for v in pool.imap_unordered(slow_id, range(4)):
            out.append(v)
            print(f'{time.monotonic():.2f} got {v}')
        print(sorted(out))
        r = pool.apply_async(power, (7, 2))
        print(r.get(timeout=5), r.successful())
    print(mp.current_process().name)
