# heapq's sifts as CPython's C does them: items' own __lt__ sees the list as a permutation of its items
# mid-sift (swaps), and a heap that changes size while __lt__ runs is refused.
import heapq, random
random.seed(5)
class K:
    log = []
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        K.log.append((self.v, o.v))
        return self.v < o.v
    def __repr__(self): return f"K{self.v}"
h = []
for v in random.sample(range(50), 20):
    heapq.heappush(h, K(v))
print(h, len(K.log))
print([heapq.heappop(h) for _ in range(5)], len(K.log))
heapq.heapify(h); print(h, heapq.heapreplace(h, K(3)), heapq.heappushpop(h, K(100)), h, len(K.log), K.log[-6:])
class Bad:
    def __init__(self, v, heap): self.v, self.heap = v, heap
    def __lt__(self, o):
        self.heap.append(Bad(0, self.heap))
        return True
hh = []
hh.append(Bad(1, hh))
try:
    heapq.heappush(hh, Bad(2, hh))
except RuntimeError as e:
    print("RuntimeError:", e, len(hh))
class Peek:
    def __init__(self, v, heap): self.v, self.heap = v, heap
    def __lt__(self, o):
        print("peek", [x.v for x in self.heap])
        return self.v < o.v
p = []
for v in [5, 3, 8, 1]:
    heapq.heappush(p, Peek(v, p))
heapq.heappop(p)
