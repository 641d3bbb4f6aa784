# A StopIteration the function of map (filter, itertools.starmap) raises ends only that next():
# next() raises that very exception, and asked again the iterator goes on with the next item, as
# do enumerate and zip over it.
import itertools


def tenfold(x):
    if x == 2:
        raise StopIteration("stop at 2")
    return x * 10


def keep(x):
    if x == 2:
        raise StopIteration
    return x % 2 == 1


m = map(tenfold, [1, 2, 3, 4])
print(next(m))
try:
    next(m)
except StopIteration as e:
    print("next raised", repr(e), e.args)
print(list(m), list(m))

m = map(tenfold, [1, 2, 3])
print(next(m, "default"), next(m, "default"), next(m, "default"), next(m, "default"))

m = map(lambda a, b: tenfold(a) + b, [1, 2, 3], [100, 200, 300])
print(list(m), list(m))

f = filter(keep, [1, 2, 3, 4, 5])
print(list(f), list(f))
f = filter(keep, [1, 2, 3])
print(next(f))
try:
    f.__next__()
except StopIteration as e:
    print("filter raised", repr(e))
print(list(f))

z = zip("abc", map(tenfold, [1, 2, 3]))
print(list(z), list(z))
e = enumerate(map(tenfold, [1, 2, 3]), start=5)
print(list(e), list(e))
e = enumerate(map(tenfold, [2, 3]))
try:
    next(e)
except StopIteration as exc:
    print("enumerate raised", repr(exc))
print(next(e))

s = itertools.starmap(lambda a, b: tenfold(a) - b, [(1, 1), (2, 2), (3, 3)])
print(list(s), list(s))
s = itertools.starmap(tenfold, [(2,), (4,)])
try:
    next(s)
except StopIteration as exc:
    print("starmap raised", repr(exc))
print(next(s))

for x in map(tenfold, [1, 2, 3]):
    print("loop", x)
print(sum(map(tenfold, [1, 3, 2, 4])), sorted(map(tenfold, [3, 2, 1])))
