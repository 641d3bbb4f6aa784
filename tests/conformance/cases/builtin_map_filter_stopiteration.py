# A StopIteration raised by map's or filter's function ends that iteration (as CPython's C
# iterators report it), so the itertools docs' roundrobin recipe, built on map(next, ...), works.
import itertools


def roundrobin(*iterables):
    iterators = map(iter, iterables)
    for num_active in range(len(iterables), 0, -1):
        iterators = itertools.cycle(itertools.islice(iterators, num_active))
        yield from map(next, iterators)


print(list(roundrobin("ABC", "D", "EF")))


def upto_two(x):
    if x == 3:
        raise StopIteration
    return x * 10


print(list(map(upto_two, [1, 2, 3, 4])))
print(list(map(lambda a, b: next(b) + a, [1, 2], [iter([5]), iter([])])))
print(list(filter(lambda x: next(iter([])) if x == 2 else True, [1, 2, 3])))
print(list(zip("ab", map(upto_two, [1, 3, 4]))))
m = map(upto_two, [3])
try:
    next(m)
except StopIteration as e:
    print("next() sees StopIteration:", repr(e))
