class C:
    pass

c = C()
c.x = 1
for _ in range(3):
    print(c.x)
C.x = property(lambda s: 42)
print(c.x)

class E:
    pass
E.f = lambda self: 1
print(E().f())
E.f = lambda self: 2
print(E().f())
E.y = 1
print(E.y)
E.y = 2
print(E.y)
del E.y
print(getattr(E, 'y', 'gone'))

class B:
    pass
class D(B):
    pass
d = D()
print(getattr(d, 'z', None))
B.z = 5
print(d.z)
del B.z
print(getattr(d, 'z', None))

class M(type):
    pass
class K(metaclass=M):
    pass
print(getattr(K, 'attr', None))
M.attr = 1
print(K.attr)

class S:
    def m(self):
        return 'm1'
s = S()
for _ in range(3):
    print(s.m())
S.m = lambda self: 'm2'
print(s.m())

class P:
    pass
p = P()
p.v = 3
def show(o):
    return o.v
for _ in range(3):
    print(show(p))
P.v = property(lambda s: 'prop')
print(show(p))
delattr(P, 'v')
print(show(p))

class Q:
    __slots__ = ()
    def __repr__(self):
        return 'Q1'
q = Q()
print(repr(q))
Q.__repr__ = lambda self: 'Q2'
print(repr(q), str(q), f'{q}')

class R:
    pass
R.__eq__ = lambda a, b: True
print(R() == R())
R.__getattr__ = lambda self, n: 'ga:' + n
print(R().anything)

class T:
    pass
t = T()
t.w = 1
print(t.w)
T.__getattribute__ = lambda self, n: 'gab:' + n
print(t.w)

class U:
    __slots__ = ('a',)
u = U()
u.a = 1
print(u.a)
U.b = 2
print(u.b, U.b)
U.a2 = U.a
print(U.a2.__get__(u, U))

import abc
class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self):
        ...
class Sq(Shape):
    def area(self):
        return 4
print(Sq().area(), sorted(Shape.__abstractmethods__))
try:
    Shape()
except TypeError as e:
    print('TypeError', e)
Shape.extra = 7
print(Sq().extra, Sq.extra)
class Later(Shape):
    pass
try:
    Later()
except TypeError as e:
    print('TypeError', e)
Later.area = lambda self: 9
abc.update_abstractmethods(Later)
print(Later().area(), sorted(Later.__abstractmethods__))
