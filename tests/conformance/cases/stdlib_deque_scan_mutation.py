"""deque.remove/count/index/`in` compare items in place: an __eq__ that changes the deque ends the scan."""
from collections import deque


class Grows:
    """Appends to its deque on every comparison; matches when `hit` is true."""

    def __init__(self, d, hit):
        self.d, self.hit = d, hit

    def __eq__(self, other):
        self.d.append("x")
        return self.hit


class Clears:
    def __init__(self, d, name):
        self.d, self.name = d, name

    def __eq__(self, other):
        if self.name == "b":
            self.d.clear()
        return False


for hit in (False, True):
    for op in ("remove", "count", "index", "__contains__"):
        d = deque()
        d.append(Grows(d, hit))
        d.append(1)
        try:
            print(hit, op, getattr(d, op)(5), len(d))
        except (IndexError, RuntimeError, ValueError) as e:
            print(hit, op, type(e).__name__, e, len(d))

for op in ("remove", "count", "index"):
    d = deque()
    d.extend([Clears(d, "a"), Clears(d, "b"), Clears(d, "c")])
    try:
        print(op, getattr(d, op)(5))
    except (IndexError, RuntimeError) as e:
        print(op, type(e).__name__, e, len(d))

# The same scans over a list follow its C loop: no error, the new length bounds the scan.
for op in ("remove", "count", "index"):
    items = []
    items.extend([Clears(items, "a"), Clears(items, "b"), Clears(items, "c")])
    try:
        print("list", op, getattr(items, op)(5), len(items))
    except ValueError as e:
        print("list", op, "ValueError", len(items))

# Identity matches before __eq__ is asked (a NaN is found), with nothing mutated.
nan = float("nan")
d = deque([1, nan, 2])
print(d.count(nan), nan in d, d.index(nan), d.index(2, -1))
d.remove(nan)
print(d)
