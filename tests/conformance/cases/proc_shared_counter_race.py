"""The classic counter race, made visible: each worker reads the shared count, works a little,
then writes count + 1. Without a lock the workers overwrite each other's updates; with one,
every increment counts. Shown with multiprocessing.Value and with a Manager's Value and Lock."""
import multiprocessing as mp
import time


def unsafe_increment(counter, n):
    for _ in range(n):
        current = counter.value
        time.sleep(0.01)  # the work between the read and the write
        counter.value = current + 1


def safe_increment(counter, n):
    for _ in range(n):
        with counter.get_lock():
            current = counter.value
            time.sleep(0.01)
            counter.value = current + 1


def managed_unsafe(counter, n):
    for _ in range(n):
        current = counter.value
        time.sleep(0.01)
        counter.value = current + 1


def managed_safe(counter, lock, n):
    for _ in range(n):
        with lock:
            current = counter.value
            time.sleep(0.01)
            counter.value = current + 1


def run(label, target, args, workers=4):
    start = time.time()
    procs = [mp.Process(target=target, args=args) for _ in range(workers)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    counter = args[0]
    print(f"{label}: {counter.value} (expected {workers * args[-1]}) in {time.time() - start:.2f}s")


if __name__ == "__main__":
    run("Value, no lock", unsafe_increment, (mp.Value("i", 0), 5))
    run("Value, get_lock()", safe_increment, (mp.Value("i", 0), 5))
    with mp.Manager() as manager:
        run("Manager Value, no lock", managed_unsafe, (manager.Value("i", 0), 5))
        run("Manager Value, Manager Lock", managed_safe, (manager.Value("i", 0), manager.Lock(), 5))
        counter = manager.Value("i", 0)
        print(counter, counter.get(), str(manager.Lock()).split(" at ")[0])
