# bisect as CPython's _bisect does it in C: one a[mid] read, key call and < per probe; lo and hi
# converted as C's Py_ssize_t parameters (OverflowError), and hi=-1 meaning len(a).
import bisect
class S:
    def __init__(self, xs): self.xs = xs
    def __len__(self): return len(self.xs)
    def __getitem__(self, i):
        print("get", i)
        return self.xs[i]
class K:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        print("lt", self.v, o.v)
        return self.v < o.v
s = S([K(i) for i in range(0, 20, 2)])
print(bisect.bisect_left(s, K(7)), bisect.bisect_right(s, K(8), 2, 9))
xs = list(range(0, 100, 3))
print(bisect.bisect(xs, 50), bisect.bisect_right(xs, 51, hi=len(xs)))
rows = [("a", 1), ("b", 5), ("c", 9)]
print(bisect.bisect_left(rows, 5, key=lambda r: r[1]), bisect.insort(rows, ("z", 7), key=lambda r: r[1]), rows)
try:
    bisect.bisect_left(xs, 5, -1)
except ValueError as e:
    print(e)
try:
    bisect.bisect_left(xs, "a")
except TypeError as e:
    print(e)
try:
    bisect.bisect_left(5, 1)
except TypeError as e:
    print(e)
for args in [dict(lo=-10**20), dict(hi=10**19), dict(hi=-1), dict(hi=-5), dict(lo=-1, hi="x"), dict(lo=10**6)]:
    try:
        print(args, bisect.bisect_left(xs, 51, **args))
    except (OverflowError, ValueError, TypeError) as e:
        print(args, type(e).__name__, e)
