# A counter in a manager, incremented by 4 processes with and without the manager's Lock, and
# multiprocessing.Value's counter without its lock: what the model gives, on the virtual cores.
import multiprocessing as mp
import time


def bump(counter, lock, n):
    for _ in range(n):
        if lock is None:
            counter.value += 1
        else:
            with lock:
                counter.value += 1


def run(label, counter, lock):
    start = time.time()
    ps = [mp.Process(target=bump, args=(counter, lock, 200)) for _ in range(4)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print(f"{label}: {counter.value} in {time.time() - start:.4f} s")


if __name__ == "__main__":
    run("Value, no lock", mp.Value("i", 0, lock=False), None)
    with mp.Manager() as m:
        print(m._process.name, [p.name for p in mp.active_children()])
        run("manager Value, no lock", m.Value("i", 0), None)
        run("manager Value, manager Lock", m.Value("i", 0), m.Lock())
    print(mp.active_children())
