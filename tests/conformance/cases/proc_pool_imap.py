# Pool: imap_unordered gives results as they finish, imap in order; apply_async with a callback.
import time
from multiprocessing import Pool


def nap(seconds):
    time.sleep(seconds)
    return seconds


def add(a, b):
    time.sleep(0.5)
    return a + b


if __name__ == "__main__":
    start = time.time()
    with Pool(processes=4) as pool:
        for s in pool.imap_unordered(nap, [3, 1, 2]):
            print(f"unordered: {s} at {time.time() - start:.1f}s")
        for s in pool.imap(nap, [2, 1]):
            print(f"ordered: {s} at {time.time() - start:.1f}s")
        print("starmap:", pool.starmap(add, [(1, 2), (3, 4), (5, 6)]), f"at {time.time() - start:.1f}s")
        done = []
        r = pool.apply_async(nap, (1,), callback=done.append)
        r.wait()
        print("callback got", done, "ready", r.ready(), "successful", r.successful())
    print(f"total {time.time() - start:.1f}s")
