# Sorting with NaN (or any items that are not totally ordered): the order depends on which
# compares listsort makes, and CPython 3.13 changed how it finds runs (count_run).
import random

nan = float("nan")
print(sorted([nan, 3.0, 1.0, 2.0]))
print(sorted([3.0, nan, 1.0, 2.0]))
print(sorted([2.0, 2.0, nan, 1.0, 0.5]))
print(sorted([5, 4, 4, 3, nan, 1]))
print(sorted([nan, nan, 1.0, nan, 0.0], reverse=True))

rng = random.Random(7)
for trial in range(40):
    size = rng.randrange(2, 12)
    items = [rng.choice([nan, 0.0, 1.0, 2.0, 3.0, 4.0]) for _ in range(size)]
    print(trial, sorted(items))


class Noisy:
    log = []

    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        Noisy.log.append((self.v, other.v))
        return self.v < other.v

    def __repr__(self):
        return f"N({self.v})"


for values in ([3, 2, 2, 1, 5], [1, 1, 1, 0], [4, 3, 3, 3, 2, 5, 6], [2, 1, 1, 3]):
    Noisy.log.clear()
    print(sorted(Noisy(v) for v in values), Noisy.log)
