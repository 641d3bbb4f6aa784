# itertools' iterators, item by item: what each asks of its iterables and when, what an exception
# from an iterable or a function leaves behind, and what the objects show as they go.
import itertools as it


class Noisy:
    """An iterator over `items` that says each time it is asked."""

    def __init__(self, name, items):
        self.name = name
        self.items = list(items)

    def __iter__(self):
        print(f'  iter({self.name})')
        return self

    def __next__(self):
        if not self.items:
            print(f'  {self.name}: end')
            raise StopIteration
        v = self.items.pop(0)
        print(f'  {self.name} -> {v!r}')
        return v


def show(label, iterator, n):
    print(label)
    for _ in range(n):
        try:
            print('  got', next(iterator))
        except StopIteration:
            print('  stop')
            break
        except Exception as e:
            print('  error', type(e).__name__, e)


show('chain', it.chain(Noisy('a', [1]), [], Noisy('b', [2, 3])), 5)
show('from_iterable', it.chain.from_iterable(Noisy('outer', ['xy', '', 'z'])), 5)
show('islice 1:6:2', it.islice(Noisy('s', range(10)), 1, 6, 2), 5)
show('islice stop 0', it.islice(Noisy('s', range(3)), 0), 2)
show('compress', it.compress(Noisy('data', 'abcd'), Noisy('sel', [1, 0, 1])), 4)
show('zip_longest', it.zip_longest(Noisy('p', [1, 2]), Noisy('q', [3]), fillvalue='-'), 4)
show('pairwise', it.pairwise(Noisy('w', 'abc')), 3)
show('batched', it.batched(Noisy('b', range(5)), 2), 4) if hasattr(it, 'batched') else print('batched')
show('accumulate', it.accumulate(Noisy('n', [1, 2, 3]), initial=100), 5)
show('takewhile', it.takewhile(lambda x: x < 2, Noisy('t', [1, 2, 1])), 3)
show('dropwhile', it.dropwhile(lambda x: x < 2, Noisy('d', [1, 2, 1])), 3)
show('filterfalse', it.filterfalse(lambda x: x % 2, Noisy('f', [1, 2, 3, 4])), 3)
show('cycle', it.cycle(Noisy('c', 'ab')), 5)
show('cycle empty', it.cycle(Noisy('e', [])), 2)

# Counting and repeating, with their reprs as they go.
c = it.count(10, 5)
print(next(c), next(c), repr(c))
c = it.count(2.5)
print(next(c), next(c), repr(c))
c = it.count(1, -1)
print([next(c) for _ in range(3)], repr(c))
r = it.repeat('x', 3)
print(next(r), r.__length_hint__(), repr(r), list(r), r.__length_hint__(), repr(r))
r = it.repeat(None, -2)
print(list(r), repr(r))
r = it.repeat(7)
print(next(r), next(r), repr(r))

# An exception from a function: what the next call does.
def picky(x):
    if x == 2:
        raise ValueError('two')
    return x < 4

t = it.takewhile(picky, [1, 2, 3, 5])
show('takewhile raising', t, 4)
f = it.filterfalse(picky, [5, 2, 6, 1, 7])
show('filterfalse raising', f, 4)

def add(a, b):
    if b == 0:
        raise ZeroDivisionError('b is 0')
    return a + b

show('accumulate raising', it.accumulate([1, 0, 2, 3], add), 5)

# starmap: tuples and other iterables as arguments; a non-iterable item.
print(list(it.starmap(pow, [(2, 3), [3, 2], iter((2, 2))])))
try:
    list(it.starmap(pow, [(2, 3), 5]))
except TypeError as e:
    print('starmap', e)

# Combinatorics: sizes and order.
print(list(it.product('ab', repeat=2)), len(list(it.product(range(3), range(4), range(2)))))
print(list(it.permutations(range(3))), list(it.permutations('abcd', 2))[:5], list(it.permutations('ab', 3)))
print(list(it.permutations(range(4), 0)), list(it.permutations([], 0)), len(list(it.permutations(range(6), 4))))
print(list(it.combinations(range(5), 3))[-3:], list(it.combinations('', 0)), list(it.combinations('abc', 4)))
print(list(it.combinations_with_replacement('ab', 3)), list(it.combinations_with_replacement('', 0)), list(it.combinations_with_replacement('', 2)))
p = it.product([1, 2], [])
print(list(p), list(p))

# groupby: groups read in turn, a group left behind, keys compared as the C loop compares them.
data = [('a', 1), ('a', 2), ('b', 3), ('a', 4), ('a', 5)]
g = it.groupby(data, key=lambda kv: kv[0])
k1, g1 = next(g)
print(k1, next(g1))
k2, g2 = next(g)
print(k2, list(g2), list(g1))
print([(k, [v for _, v in grp]) for k, grp in it.groupby(data, lambda kv: kv[0])])


class Key:
    def __init__(self, k):
        self.k = k

    def __eq__(self, other):
        print(f'  {self.k} == {other.k}')
        return self.k == other.k

    __hash__ = None


print([(k.k, len(list(grp))) for k, grp in it.groupby([Key(1), Key(1), Key(2)])])

# tee: the copies share one source, each takes every item once from it.
a, b = it.tee(Noisy('src', [1, 2, 3]))
print(next(a), next(a), next(b), list(a), list(b))
a, b, c = it.tee('xy', 3)
print(list(a), list(zip(b, c)))
print(it.tee(5, 0), it.tee('ab', 1)[0].__class__.__name__)
a, = it.tee(iter([1, 2, 3]), 1)
print(next(a))
b, c = it.tee(a)
print(b is a, c is a, next(b), list(c), list(a))


class Copyable(Noisy):
    def __copy__(self):
        print('  copy', self.name)
        return Copyable(self.name + "'", self.items)


x, y = it.tee(Copyable('k', [1, 2]))
print(type(x).__name__, type(y).__name__, list(x), list(y))
