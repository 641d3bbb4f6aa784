# Keys whose __hash__ or __eq__ misbehaves: a non-int __hash__ is a TypeError, __hash__ = None and __eq__ without __hash__ are unhashable (3.14 names the container role), an exception in __eq__ during a lookup propagates, and an __eq__ that empties the dict mid-lookup makes the lookup start over.
class Bad:
    def __hash__(self): return 'x'
for make in (lambda: {Bad(): 1}, lambda: {Bad()}, lambda: hash(Bad()), lambda: Bad() in {1: 2}, lambda: {1: 2}.get(Bad())):
    try:
        make()
    except TypeError as e:
        print('TypeError', e)

class FloatHash:
    def __hash__(self): return 1.5
try:
    {FloatHash()}
except TypeError as e:
    print('TypeError', e)

class BoolHash:
    def __hash__(self): return True
print(hash(BoolHash()), {BoolHash(): 1} != {1: 1})

class NoHash:
    __hash__ = None
class EqOnly:
    def __eq__(self, o): return True
for cls in (NoHash, EqOnly):
    for make in (lambda: {cls(): 1}, lambda: {cls()}, lambda: hash(cls()), lambda: cls() in {1}, lambda: {1: 2}[cls()], lambda: frozenset([cls()])):
        try:
            make()
        except TypeError as e:
            print('TypeError', e)

class Raise:
    def __init__(self, v): self.v = v
    def __hash__(self): return 7
    def __eq__(self, o): raise ValueError('boom %d' % self.v)
r = Raise(0)
d = {r: 1}
d[r] = 'same object: no __eq__'
print(len(d), d[r])
for make in (lambda: d[Raise(2)], lambda: Raise(3) in {Raise(4)}, lambda: {Raise(5): 1, Raise(6): 2}, lambda: d.pop(Raise(7)), lambda: {Raise(8)} == {Raise(9)}):
    try:
        make()
    except ValueError as e:
        print('ValueError', e)

class Mut:
    def __init__(self, d, v): self.d, self.v = d, v
    def __hash__(self): return 5
    def __eq__(self, o):
        print('  Mut eq', self.v, o.v)
        self.d.clear()
        return False
d = {}
d[Mut(d, 1)] = 1
d[Mut(d, 2)] = 2
print(len(d), [k.v for k in d])

class Grow:
    def __init__(self, d, v): self.d, self.v = d, v
    def __hash__(self): return 9
    def __eq__(self, o):
        print('  Grow eq', self.v, o.v)
        if len(self.d) < 4:
            self.d[len(self.d)] = 'int key'
        return self.v == o.v
d = {}
d[Grow(d, 1)] = 1
print(Grow(d, 2) in d, Grow(d, 1) in d, list(d.values()))
