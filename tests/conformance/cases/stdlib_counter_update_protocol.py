# collections.Counter's inputs and outputs as CPython's: update() and subtract() treat only a Mapping as
# counts (an object that merely has keys() is iterated as elements), an empty Counter takes a mapping's
# values as they are (non-numbers too), the in-place operators drop non-positive counts through
# __delitem__, and the operators' results: which side's count survives a tie (1 vs 1.0), unary +/-,
# comparisons, and NotImplemented for non-Counters.
from collections import Counter


class Keyed:
    def keys(self):
        return ['a']

    def __getitem__(self, key):
        return 5

    def __iter__(self):
        return iter('xyz')


class Loud(Counter):
    def __delitem__(self, key):
        print('del', key)
        super().__delitem__(key)


print(Counter(Keyed()), Counter({'a': 'x'}), Counter({'a': [1]}))
c = Counter('abca')
c.update({'a': 2.5})
c.subtract('aaz')
c.subtract({'b': 1})
c.subtract(Keyed())
print(c)
d = Loud(a=1, b=0, c=-1)
d += Counter()
print(d)
d = Loud(a=3, b=1)
d -= Counter(b=1)
d |= Counter(c=0)
d &= Counter(a=2)
print(d)
a = Counter(x=1, y=2.0, z=-1, w=3)
b = Counter(x=1.0, y=2, q=5, r=-2, w=0)
for r in (a + b, a - b, a | b, a & b, b + a, b - a, b | a, b & a, +a, -a, +b, -b):
    print(r, [type(v).__name__ for v in r.values()])
print(a == b, a != b, a <= b, a < b, a >= b, a > b, Counter(a=1) < Counter(a=2), Counter(a=1) <= Counter(a=1, b=0))
print(Counter() == Counter(x=0), Counter(a=1) == {'a': 1}, Counter(a=1) != {'a': 1})
print(a.__add__(1), a.__or__({}), a.__and__(None), a.__sub__(1), a.__eq__(1), a.__ne__(1), a.__lt__({}), a.__ge__(1))
c = Counter(a=[1])
try:
    c += Counter(a=[2])
except TypeError as e:
    print('TypeError', e, c)
