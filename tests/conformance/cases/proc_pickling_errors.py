# What cannot cross to another process: pickle refuses lambdas, local functions and generators.
import time
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import Pool


def double(x):
    time.sleep(0.5)
    return 2 * x


def short(e):
    return f"{type(e).__module__}.{type(e).__name__}: {str(e).split(' at 0x')[0]}"


def main():
    def local(x):
        return x

    with Pool(2) as pool:
        try:
            pool.map(lambda x: x, [1, 2])
        except Exception as e:
            print("map(lambda):", short(e), "at", time.time())
        try:
            pool.apply_async(double, ((i for i in range(3)),)).get()
        except Exception as e:
            print("generator argument:", short(e), "at", time.time())
        print("still works:", pool.map(double, [1, 2, 3]), "at", time.time())
    with ProcessPoolExecutor(2) as ex:
        try:
            ex.submit(local, 1).result()
        except Exception as e:
            print("submit(local):", short(e), "at", time.time())
        print("then:", ex.submit(double, 21).result(), "at", time.time())


if __name__ == "__main__":
    main()
