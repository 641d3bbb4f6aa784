# run: python
# A forked process gets a copy of the namespace: its changes stay in it (CPython 3.13 agrees).
import os
from multiprocessing import Process, Queue, current_process

counter = 0
seen = []

class Counter(Process):
    def __init__(self, q, n):
        super().__init__()
        self.q = q
        self.n = n
        self.total = 0

    def run(self):
        global counter
        for i in range(self.n):
            counter += 1
            self.total += i
        seen.append(current_process().name)
        self.q.put((self.name, self.total, counter, seen, os.getppid() == parent))

parent = os.getpid()

if __name__ == "__main__":
    q = Queue()
    workers = [Counter(q, n) for n in (3, 5)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    print(sorted(q.get() for _ in workers))
    print(counter, seen, [w.total for w in workers], [w.exitcode for w in workers])
    print(current_process().name, workers[0].is_alive())
