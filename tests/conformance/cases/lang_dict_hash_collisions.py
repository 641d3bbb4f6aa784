# Dict and set keys with their own __hash__/__eq__: unequal keys of equal hash stay apart, __eq__ runs only on a hash match with a different object (stored key on the left), str/int subclasses with their own __eq__ find equal plain values and the reverse, and 1 == 1.0 == True share one entry.
class A:
    def __init__(self, v): self.v = v
    def __hash__(self): return 1
    def __eq__(self, o):
        print('  eq', self.v, getattr(o, 'v', o))
        return isinstance(o, A) and self.v == o.v
    def __repr__(self): return f'A({self.v})'

d = {A(1): 'a', A(2): 'b'}
print(len(d), d)
a1 = A(1)
d[a1] = 'c'
print(d)
print(A(2) in d, A(3) in d)
print(d[A(2)], d.get(A(9), 'missing'))
del d[A(1)]
print(d)
s = {A(1), A(2), A(1)}
print(len(s), sorted(x.v for x in s))
x = A(5)
s2 = {x}
print(x in s2, x in {x: 0})
d[x] = 'x'
d[x] = 'y'
print(d, d.pop(x), d.setdefault(A(2), 'new'), d.setdefault(A(7), 'new'), d)

class S(str):
    __hash__ = str.__hash__
    def __eq__(self, o):
        print('  S eq', str(self), o)
        return str.__eq__(self, o)
print({S('a'): 1}['a'])
print({'a': 1}[S('a')])
print(S('a') in {'a', 'b'}, S('z') in {'a', 'b'}, 'a' in {S('a')})
print({'a': 1, S('a'): 2})

class Plain(str):
    pass
print({Plain('k'): 1}['k'], {'k': 1}[Plain('k')])

class I(int):
    def __hash__(self): return int.__hash__(self)
    def __eq__(self, o):
        print('  I eq', int(self), o)
        return int(self) == o
print({I(3): 'x'}[3], {3: 'y'}[I(3)])

class One:
    def __hash__(self): return 1
    def __eq__(self, o):
        print('  One eq', o)
        return o == 1
    def __repr__(self): return 'One()'
print({1: 'int', One(): 'one'})
print({One(): 'one', 1: 'int'})
print(One() in {True}, One() in {2})

print({1: 'a', 1.0: 'b', True: 'c'}, {0: 'z', False: 'f', 0.0: 'g', -0.0: 'h'})
print(hash(-1), hash(-2), {-1: 'a', -2: 'b'}, len({-1, -2}))

class H:
    def __init__(self, h): self.h = h
    def __hash__(self): return self.h
    def __eq__(self, o):
        return False
print(len({H(-1), H(-2)}), hash(H(-1)), len({H(-1), H(-2), H(2), H(True)}), {H(3): 0} == {H(3): 0})
