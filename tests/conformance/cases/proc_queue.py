# A producer process sends items through a multiprocessing.Queue; the parent consumes them.
import multiprocessing as mp
import time


def producer(q, n):
    for i in range(n):
        time.sleep(0.5)
        item = {"id": i, "square": i * i}
        q.put(item)
        print(f"produced {item}")
    q.put(None)


def relay(inbox, outbox):
    while (item := inbox.get()) is not None:
        time.sleep(0.25)
        outbox.put(item["square"] + 1)
    outbox.put(None)


if __name__ == "__main__":
    start = time.monotonic()
    raw, cooked = mp.Queue(), mp.Queue()
    procs = [mp.Process(target=producer, args=(raw, 3)), mp.Process(target=relay, args=(raw, cooked))]
    for p in procs:
        p.start()
    while (value := cooked.get()) is not None:
        print(f"consumed {value} at {time.monotonic() - start:.2f}s")
    for p in procs:
        p.join()
    print("empty:", cooked.empty(), "exit codes:", [p.exitcode for p in procs])
