# The mixin methods collections.abc gives a class that defines only the abstract ones: Set's comparisons
# and operators (with sets, lists and non-iterables, reflected forms, _from_iterable), MutableSet's
# in-place operators (with itself too), a Mapping's views and what their operators build, MutableMapping's
# update/pop/popitem/setdefault/clear, Sequence's iteration, index bounds and count, MutableSequence's
# append/extend/reverse/pop/remove/clear, and Generator/Coroutine's default throw and close.
from collections.abc import Set, MutableSet, Mapping, MutableMapping, Sequence, MutableSequence, Generator


class Bag(MutableSet):
    def __init__(self, items=()):
        self.items = []
        for item in items:
            self.add(item)

    def __contains__(self, item):
        return item in self.items

    def __iter__(self):
        return iter(list(self.items))

    def __len__(self):
        return len(self.items)

    def add(self, item):
        if item not in self.items:
            self.items.append(item)

    def discard(self, item):
        if item in self.items:
            self.items.remove(item)

    def __repr__(self):
        return f'Bag({self.items})'


a, b = Bag([1, 2, 3]), Bag([3, 4])
print(a & b, a | b, a - b, a ^ b, b - a, a & [2, 9], a | (7,), a - [1], a ^ [1, 8])
print([3, 5] - a, [3, 5] ^ a, [3, 5] & a, (5,) | a, {2} - a, frozenset({2, 7}) ^ a)
print(a == Bag([3, 2, 1]), a != b, a <= Bag([1, 2, 3, 4]), a < a, a >= Bag([1]), a > Bag([1]), a == {1, 2, 3}, a <= {1, 2, 3})
print(a.isdisjoint([4, 5]), a.isdisjoint(b), a.__eq__([1, 2, 3]), a.__le__([1]), a.__lt__(3), a.__gt__(None), a.__ge__('x'))
for op in (lambda: a & 3, lambda: a | None, lambda: a - 1, lambda: a ^ 2.5, lambda: 3 - a, lambda: a < [1]):
    try:
        print(op())
    except TypeError as e:
        print('TypeError', e)
c = Bag([1, 2, 3, 4])
c -= [1]
c |= [9]
c &= [2, 3, 9, 10]
c ^= [3, 11]
print(c)
c ^= c
print(c)
c = Bag([5, 6])
c -= c
print(c, Bag([1]).pop())
for call in (lambda: Bag().pop(), lambda: Bag().remove(1), lambda: Bag([1]).remove(2)):
    try:
        call()
    except KeyError as e:
        print('KeyError', repr(e))
d = Bag([1, 2])
d.remove(1)
d.clear()
print(d)


class Table(MutableMapping):
    def __init__(self, *args, **kwargs):
        self.store = {}
        self.update(*args, **kwargs)

    def __getitem__(self, key):
        return self.store[key]

    def __setitem__(self, key, value):
        print('set', key, value)
        self.store[key] = value

    def __delitem__(self, key):
        del self.store[key]

    def __iter__(self):
        return iter(self.store)

    def __len__(self):
        return len(self.store)

    def __repr__(self):
        return f'Table({self.store})'


class Keyed:
    def keys(self):
        return ['k1', 'k2']

    def __getitem__(self, key):
        return key.upper()


t = Table({'a': 1}, b=2)
t.update([('c', 3)], d=4)
t.update(Keyed())
t.update(Table(z=0))
print(t.keys(), t.values(), t.items(), len(t.keys()), 'a' in t.keys(), ('a', 1) in t.items(), ('a', 2) in t.items())
print(('zz', 1) in t.items(), 3 in t.values(), 99 in t.values(), list(t.items())[:2], t.keys() & {'a', 'q'}, sorted(t.keys() | ['q']))
print(sorted(t.items() - {('a', 1)}, key=str), type(t.keys() ^ ['a']).__name__, t.keys() == {'a', 'b', 'c', 'd', 'k1', 'k2', 'z'})
print(t.get('a'), t.get('nope'), t.get('nope', 0), t.setdefault('a', 5), t.setdefault('e', 5), t.pop('e'), t.pop('e', 'gone'))
print(t.popitem(), t == {'b': 2, 'c': 3, 'd': 4, 'k1': 'K1', 'k2': 'K2', 'z': 0}, t != Table(), t.__eq__(1))
try:
    t.pop('nope')
except KeyError as e:
    print('KeyError', e)
t.clear()
try:
    t.popitem()
except KeyError as e:
    print('KeyError', repr(e), t)
print(reversed.__name__, Mapping.__reversed__)


class Span(MutableSequence):
    def __init__(self, items=()):
        self.items = list(items)

    def __getitem__(self, i):
        return self.items[i]

    def __setitem__(self, i, v):
        self.items[i] = v

    def __delitem__(self, i):
        del self.items[i]

    def __len__(self):
        return len(self.items)

    def insert(self, i, v):
        self.items.insert(i, v)

    def __repr__(self):
        return f'Span({self.items})'


s = Span('abcab')
print(list(s), list(reversed(s)), 'c' in s, 'z' in s, s.count('a'), s.index('b'), s.index('b', 2), s.index('a', -2))
print(s.index('c', -10), s.index('b', 0, -1), s.index('a', 1, 4))
for args in (('z',), ('c', 3), ('a', 1, 3), ('b', 0, -4)):
    try:
        print(s.index(*args))
    except ValueError as e:
        print('ValueError', repr(e))
s.append('x')
s.extend('yz')
s.extend(s)
s += ['!']
print(s, s.pop(), s.pop(0), s)
s.remove('x')
s.reverse()
print(s)
Span('abcd').reverse()
s.clear()
print(s, Span([1, 2, 3, 4, 5]).__reversed__().__class__.__name__)


class Counter3(Generator):
    def __init__(self):
        self.n = 0

    def send(self, value):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n

    def throw(self, typ, val=None, tb=None):
        return super().throw(typ, val, tb)


g = Counter3()
print(list(g), next(Counter3()))
for args in ((ValueError,), (ValueError, ValueError('given')), (KeyError, None, None)):
    try:
        Counter3().throw(*args)
    except Exception as e:
        print(type(e).__name__, repr(e))
try:
    Counter3().close()
except RuntimeError as e:
    print('RuntimeError', e)


class Quiet(Counter3):
    def throw(self, typ, val=None, tb=None):
        raise StopIteration


print(Quiet().close())
try:
    raise OSError('first')
except OSError as exc:
    tb = exc.__traceback__
for args in ((OSError, None, tb), (OSError, OSError('second'), tb)):
    try:
        Counter3().throw(*args)
    except OSError as e:
        print(type(e).__name__, repr(e), e.__traceback__ is not None)
