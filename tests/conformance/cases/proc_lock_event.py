# Processes wait for an Event the parent sets, then take turns with a Lock around a slow print.
# Which waiter gets the lock next is the OS's choice: the lines say when, not who.
import multiprocessing as mp
import time


def worker(n, go, lock):
    print(f"worker {n} waits for the start signal")
    go.wait()
    with lock:
        print(f"a worker has the lock at {time.time():.1f}")
        time.sleep(0.5)
    print("a worker released it")


if __name__ == "__main__":
    go = mp.Event()
    lock = mp.Lock()
    workers = [mp.Process(target=worker, args=(n, go, lock)) for n in range(3)]
    for w in workers:
        w.start()
    time.sleep(1)
    print("go!", go.is_set())
    go.set()
    for w in workers:
        w.join()
    print(f"done at {time.time():.1f}, timeout wait: {go.wait(2)}")
