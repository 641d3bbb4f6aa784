# CPython's set code takes an exact dict's keys with the hashes the dict stored: set(d),
# frozenset(d), s.update(d), s.union(d), s.symmetric_difference(_update)(d), s.difference(d) (asking
# the dict by each element's stored hash), dict.fromkeys(d) and dict.fromkeys(an exact set), and
# d.keys() | - ^ x (a set made of the dict first). A key whose hash changed since it was stored is
# then placed or looked for by its old hash; a subclass's keys, a view's or a list's are hashed
# anew. issubset of a dict: 3.11 made a set of it, 3.12 on intersect with it. A view's operator
# with an operand that is not iterable raises, as CPython's does.


class Mutable:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return self.v

    def __eq__(self, other):
        return isinstance(other, Mutable) and other.v == self.v

    def __repr__(self):
        return f'Mutable({self.v})'


class SubDict(dict):
    pass


class SubSet(set):
    pass


def moved(cls=dict):
    # Two keys stored under hashes 1 and 2; the first then hashes (and compares) as the second.
    m, n = Mutable(1), Mutable(2)
    d = cls({m: 'm', n: 'n'})
    m.v = 2
    return d


def moved_set(cls):
    m, n = Mutable(1), Mutable(2)
    s = cls([m, n])
    m.v = 2
    return s


def moved_one():
    m = Mutable(1)
    d = {m: 'm'}
    m.v = 2
    return d


print('set', len(set(moved())), len(frozenset(moved())), len(SubSet(moved())), len(set(moved(SubDict))))
s = set()
s.update(moved())
print('update', len(s), len({Mutable(2)}.union(moved())), len(set(moved().keys())))
print('fromkeys', len(dict.fromkeys(moved())), len(dict.fromkeys(moved(SubDict))), len(SubDict.fromkeys(moved())))
print('fromkeys set', len(dict.fromkeys(moved_set(set))), len(dict.fromkeys(moved_set(frozenset))),
      len(dict.fromkeys(moved_set(SubSet))), len(SubDict.fromkeys(moved_set(set))))
print('symmetric', {Mutable(2)}.symmetric_difference(moved()), {Mutable(3)}.symmetric_difference(moved()))
s = {Mutable(2)}
s.symmetric_difference_update(moved())
print('symmetric update', s, [x is y for x in s for y in s])
s = {Mutable(2), Mutable(5)}
print('difference', s.difference(moved()), s.difference(moved(SubDict)), s.difference(list(moved())))
s = {Mutable(2)}
s.difference_update(moved())
print('difference update', s)
print('one key', {Mutable(2)}.difference(moved_one()), {Mutable(2)}.difference(list(moved_one())),
      {Mutable(2)}.symmetric_difference(moved_one()), {Mutable(2)}.union(moved_one()), {Mutable(2)}.issubset(moved_one()))
s = {Mutable(2)}
s.symmetric_difference_update(moved_one())
print('one key update', s, Mutable(2) in dict.fromkeys(moved_one()), Mutable(2) in set(moved_one()))
print('issubset', set(moved()).issubset(moved()), {Mutable(2)}.issubset(moved()))
print('views', len(moved().keys() | set()), len(set() | moved().keys()), len(moved().keys() | moved().keys()),
      len(moved().keys() - [Mutable(2)]), len(moved().keys() ^ [Mutable(2)]), len(moved().keys() & {Mutable(2)}),
      len(moved(SubDict).keys() | set()), len(moved().items() | set()))
d = {1: 'a', 2: 'b'}
print(d.keys() | iter([3, 4]), iter([3]) | d.keys(), d.keys() - iter([1]), d.keys() ^ iter([1, 5]), iter([5]) - d.keys())
for f in [lambda: d.keys() | 5, lambda: 5 | d.keys(), lambda: d.keys() - 5, lambda: d.keys() ^ None,
          lambda: d.keys() & 5, lambda: d.keys() | [[]], lambda: [[]] - d.keys(), lambda: d.items() | 1]:
    try:
        print(f())
    except TypeError as e:
        print('TypeError:', e)
