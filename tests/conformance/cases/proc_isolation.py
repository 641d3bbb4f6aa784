# Each process has its own memory: what a child changes stays in the child.
import multiprocessing as mp


class Counter:
    def __init__(self):
        self.hits = 0


counter = Counter()
registry = {"items": []}


def child(c, out):
    c.hits += 10
    counter.hits += 1
    registry["items"].append("from child")
    out.put((c.hits, counter.hits, registry))
    print("child sees", c.hits, counter.hits, registry)


if __name__ == "__main__":
    mine = Counter()
    counter.hits = 5
    out = mp.Queue()
    p = mp.Process(target=child, args=(mine, out))
    p.start()
    hits, global_hits, reg = out.get()
    p.join()
    reg["items"].append("changed by the parent")
    print("child sent", hits, global_hits, reg)
    print("parent still has", mine.hits, counter.hits, registry)
