# Sets, frozensets, tuples, dict views and collections holding keys with their own __hash__/__eq__ (all of hash 0 here unless given): set operators and methods find equal elements by __eq__, counting CPython's comparisons; Fraction and Decimal keys find equal ints and floats by their shared hash.
from collections import Counter, defaultdict, OrderedDict
from fractions import Fraction
from decimal import Decimal

class P:
    calls = 0
    def __init__(self, v, h=0): self.v, self.h = v, h
    def __hash__(self): return self.h
    def __eq__(self, o):
        P.calls += 1
        return isinstance(o, P) and self.v == o.v
    def __repr__(self): return f'P({self.v})'

def report(label, x, counted=True):
    if isinstance(x, (set, frozenset)):
        x = sorted(x, key=repr)  # CPython iterates such a set in its table's order
    print(label, x, 'eq calls:', P.calls if counted else '-')
    P.calls = 0

a, b, c, d = P('a'), P('b'), P('c'), P('a')
s = {a, b, c}
report('set', s)
report('in', (d in s, P('z') in s, a in s))
t = {a, b} | {d, c}
report('|', t)
report('&', {a, b} & {d, c})
report('-', {a, b, c} - {d})
report('^', {a, b} ^ {d, c})
report('issubset', ({d}.issubset(s), {P('q')}.issubset(s), {d} <= s, s >= {d}))
report('isdisjoint', ({d}.isdisjoint(s), {P('q')}.isdisjoint(s)))
report('eq', ({a, b} == {P('b'), d}, frozenset({a}) == frozenset({d})))
s2 = set(s)
s2.discard(P('b'))
s2.add(P('c'))
report('discard/add', s2)
s2.remove(d)
report('remove', s2)
s3 = {a, b}
s3 &= {P('b')}
report('&=', s3)
s3 |= {P('b'), P('x')}
report('|=', s3)
s3 -= {P('x')}
report('-=', s3)
s3.update([P('b'), P('y')])
report('update', s3)
s3.symmetric_difference_update({P('y'), P('w')})
report('symdiff_update', s3)

# tuple and frozenset keys holding such objects
dt = {(a, 1): 'A1', (b, 2): 'B2'}
report('tuple key', (dt[(d, 1)], (P('b'), 2) in dt, (P('b'), 3) in dt))
df = {frozenset({a, b}): 'ab'}
report('frozenset key', (df[frozenset({P('b'), d})], frozenset({a}) in df))
print(hash(frozenset({1, 2, 3})) == hash(frozenset({3, 2, 1})), hash(frozenset({a, b})) == hash(frozenset({P('b'), P('a')})))

# dict views
dd = {a: 1, b: 2}
report('keys in', (d in dd.keys(), (d, 1) in dd.items(), (d, 2) in dd.items()))
report('keys &', dd.keys() & {d, c}, counted=False)
report('keys ==', dd.keys() == {P('b'), d})
report('copy', dict(dd))
e = {d: 'x'}
e.update(dd)
report('update', e)
report('|', {P('b'): 0} | dd)
report('**', {**dd, **{P('b'): 9}})
report('dict ==', ({a: 1, b: 2} == {P('b'): 2, d: 1}, {a: 1} == {d: 2}))
report('get/pop', (dd.get(d), dd.pop(P('b')), dd.setdefault(P('a'), 5), dd))

# collections
cnt = Counter([a, b, d, P('b'), c])
report('Counter', sorted(cnt.values()))
report('Counter[]', (cnt[P('a')], cnt[P('nope')]))
dfl = defaultdict(list)
for x in (a, b, d):
    dfl[x].append(x.v)
report('defaultdict', dict(dfl))
od = OrderedDict([(a, 1), (b, 2)])
od[d] = 3
od.move_to_end(P('a'))
report('OrderedDict', list(od.items()), counted=False)

# numbers of equal value, of different types
print({1: 'a', 1.0: 'b', True: 'c'}, {0: 'z', False: 'f', 0.0: 'g', -0.0: 'h'})
print({Fraction(1, 2): 'f', 0.5: 'x'}, {0.5: 'x', Fraction(1, 2): 'f'}, {Decimal('2.0'): 'd', 2: 'i'})
print(Fraction(3) in {3}, 3 in {Fraction(3)}, Decimal('1.5') in {1.5}, 2**70 in {Fraction(2**70)})
print(hash(-1), hash(-2), {-1: 'a', -2: 'b'}, len({-1, -2}))
print(hash(0.5) == hash(Fraction(1, 2)), {2**40: 'big', 1: 'one'}, {Fraction(2**40): 'f'}[2**40])
