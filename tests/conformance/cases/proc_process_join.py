# Processes started and joined, each sleeping (the tutorials' multiprocessing example).
# A child changes its own copy of the program's globals: the parent's stay as they were.
import multiprocessing
import time

results = []


def worker(name, delay):
    print(f"Worker {name} starting")
    time.sleep(delay)
    results.append(name)
    print(f"Worker {name} finished after {delay}s, results in the child: {results}")


if __name__ == "__main__":
    start = time.perf_counter()
    processes = []
    for i in range(3):
        p = multiprocessing.Process(target=worker, args=(i, i + 1), name=f"worker-{i}")
        processes.append(p)
        p.start()
    print("started:", [p.name for p in processes])
    processes[0].join()
    print(f"first joined at {time.perf_counter() - start:.2f}s, alive: {[p.is_alive() for p in processes]}")
    for p in processes:
        p.join()
    print("exit codes:", [p.exitcode for p in processes])
    print(f"All workers finished in {time.perf_counter() - start:.2f}s, results in the parent: {results}")
