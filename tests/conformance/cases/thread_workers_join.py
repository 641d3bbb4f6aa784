# Three workers started in a loop and joined in order, as tutorials show them; each sleeps a
# different time, so they finish in another order than they started.
import threading
import time


def worker(name, seconds):
    print(f"Worker {name} starting")
    time.sleep(seconds)
    print(f"Worker {name} finished after {seconds}s")


def main():
    start = time.perf_counter()
    threads = []
    for i, seconds in enumerate([2, 1, 1.5]):
        t = threading.Thread(target=worker, args=(i, seconds))
        threads.append(t)
        t.start()
    print("started", [t.name for t in threads])
    for t in threads:
        t.join()
        print("joined", t.name, round(time.perf_counter() - start, 2))
    print(f"All workers finished in {time.perf_counter() - start:.2f}s")


if __name__ == "__main__":
    main()
