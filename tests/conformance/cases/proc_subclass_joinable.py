# A Process subclass with its own run(), a bounded Queue that makes the producer wait, and a
# JoinableQueue whose join() returns when every item is marked done.
import multiprocessing as mp
import time


class Producer(mp.Process):
    def __init__(self, q, n):
        super().__init__(name="producer")
        self.q = q
        self.n = n

    def run(self):
        for i in range(self.n):
            self.q.put(i)
            print(f"put {i} at {time.time()}")
        print(f"{self.name} done at {time.time()}")


def checker(jobs):
    while True:
        item = jobs.get()
        time.sleep(0.5)
        print(f"checked {item} at {time.time()}")
        jobs.task_done()


if __name__ == "__main__":
    q = mp.Queue(maxsize=2)
    p = Producer(q, 4)
    p.start()
    time.sleep(1)
    for _ in range(4):
        print(f"got {q.get()} at {time.time()}")
        time.sleep(0.25)
    p.join()
    jobs = mp.JoinableQueue()
    c = mp.Process(target=checker, args=(jobs,), daemon=True)
    c.start()
    for item in "ab":
        jobs.put(item)
    jobs.join()
    print(f"all checked at {time.time()}, exit code of {p.name}: {p.exitcode}")
