"""Tutorial ProcessPoolExecutor.map: chunksize cuts the items into one call per chunk (10 items in
chunks of 5 on 4 workers take two chunks' time), a CPU-bound map, chunksize=0 refused."""
from concurrent.futures import ProcessPoolExecutor
import time, os

def square(x):
    time.sleep(0.1)
    return x * x

def is_prime(n):
    if n < 2:
        return False
    return all(n % k for k in range(2, int(n ** 0.5) + 1))

if __name__ == '__main__':
    start = time.time()
    with ProcessPoolExecutor(max_workers=4) as ex:
        print(list(ex.map(square, range(10), chunksize=3)))
        print(f'{time.time() - start:.1f}')
        print(dict(zip([11, 12, 97, 100], ex.map(is_prime, [11, 12, 97, 100]))))
        t = time.time()
        print(sum(ex.map(square, range(10), chunksize=5)), f'{time.time() - t:.1f}')
        t = time.time()
        print(list(ex.map(square, range(6))), f'{time.time() - t:.1f}')
        try:
            ex.map(square, [1], chunksize=0)
        except ValueError as e:
            print(e)
    print(f'total {time.time() - start:.1f}', os.cpu_count())
