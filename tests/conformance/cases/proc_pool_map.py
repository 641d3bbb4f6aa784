# Pool.map over sleeping jobs: 3 workers, 6 jobs of one second take two seconds.
import time
from multiprocessing import Pool


def square(n):
    print(f"job {n} starts at {time.time():.1f}")
    time.sleep(1)
    return n * n


if __name__ == "__main__":
    start = time.time()
    with Pool(3) as pool:
        squares = pool.map(square, range(6))
        print("squares:", squares)
        print(f"map took {time.time() - start:.2f}s")
        r = pool.apply_async(square, (7,))
        print("apply_async:", r.get(timeout=5))
    print(f"pool closed after {time.time() - start:.2f}s")
