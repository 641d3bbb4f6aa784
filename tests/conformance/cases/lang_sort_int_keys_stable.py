# Sorting by int keys (bools among them): order, stability of equal keys (1 and True, 0 and False,
# equal key-function results), reverse, and keys at and past the 32-bit bounds.
print(sorted([3, True, 0, False, -1, 2**31-1, -2**31, 1]))
print(sorted([(i*7)%5 for i in range(10)], reverse=True))
print(sorted(["b","a","c"], key=len), sorted(range(10), key=lambda x: -(x//3)))
print(sorted([2**31, 1, -2**31-1, 5]))
xs=[1,0,True,False,1,True]; xs.sort(); print(xs); xs.sort(reverse=True); print(xs)
import random
random.seed(5)
for n in (0, 1, 2, 50, 1000):
    xs = [random.randrange(-5, 5) for _ in range(n)] + [True, False] * (n // 10)
    random.shuffle(xs)
    ys = sorted(xs)
    ties = "".join("b" if type(y) is bool else "i" for y in ys if y in (0, 1))
    rties = "".join("b" if type(y) is bool else "i" for y in sorted(xs, reverse=True) if y in (0, 1))
    print(n, ys == sorted(xs, key=int), ys[:10], ties[:60], rties[:60])
    pairs = [(random.randrange(3), i) for i in range(n)]
    by_key = sorted(pairs, key=lambda p: p[0])
    pairs.sort(key=lambda p: p[0], reverse=True)
    print([i for k, i in by_key if k == 1][:20], [i for k, i in pairs if k == 1][:20])
