# A class's __dict__ (and vars(C)) is a read-only mappingproxy over its namespace, with CPython's
# keys in CPython's order per version: the instances' __dict__/__weakref__ attribute descriptors
# where the layout adds them, member descriptors for __slots__, __doc__ None last.
import enum
import types


class A:
    """doc"""

    x = 1

    def f(self):
        self.y = 2


class B(A):
    z = 3


class S:
    __slots__ = ('a', 'b')


class SD:
    __slots__ = ('__dict__',)


class SW:
    __slots__ = ('__weakref__', 'q')


class L(list):
    pass


class E(Exception):
    pass


class T(tuple):
    pass


def strip(d):
    return [k for k in d if k not in ('__firstlineno__', '__static_attributes__')]


print(type(A.__dict__), type(vars(A)) is types.MappingProxyType)
for cls in (A, B, S, SD, SW, L, E, T):
    print(cls.__name__, strip(vars(cls)))
print(list(vars(A)))
print(repr(A.__dict__['__dict__']), repr(A.__dict__['__weakref__']), S.__dict__['a'])
print(type(A.__dict__['__dict__']).__name__, type(S.__dict__['a']).__name__)
print(vars(A) == A.__dict__, vars(A) is A.__dict__)
print(str(vars(B)).replace('__firstlineno__', '').count(':'), repr(vars(B))[:22])

# Read-only, but a live view.
d = A.__dict__
for attempt in (lambda: d.__setitem__('x', 5), lambda: d.update({}), lambda: d.pop('x')):
    try:
        attempt()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
try:
    A.__dict__['x'] = 5
except TypeError as e:
    print(e)
try:
    del A.__dict__['x']
except TypeError as e:
    print(e)
A.w = 9
print(d['x'], d['w'], 'w' in d, d.get('q', 'none'), len(d) == len(list(d)))
print(type(d.copy()).__name__, d.copy() == dict(d), list(reversed(d))[:2])

# The instance descriptors.
a = A()
a.k = 1
print(A.__dict__['__dict__'].__get__(a, A), A.__dict__['__dict__'].__name__, A.__dict__['__dict__'].__objclass__)
print(a.__weakref__)
try:
    a.__weakref__ = 1
except AttributeError as e:
    print(e)
try:
    A.__dict__['__dict__'].__get__(5, int)
except TypeError as e:
    print(e)
a.__dict__ = {'z': 5}
print(a.z, vars(a))
shared = {}
p, q = A(), A()
p.__dict__ = shared
q.__dict__ = shared
p.n = 1
shared['m'] = 2
print(q.n, q.m, shared, vars(p) is shared)
try:
    a.__dict__ = 5
except TypeError as e:
    print(e)

# types.MappingProxyType itself.
m = types.MappingProxyType({'a': 1})
print(m, repr(m), m == {'a': 1}, m != {'a': 1}, m | {'b': 2}, {'b': 2} | m)
for f in (lambda: [] in m, lambda: m < m, lambda: m | 1, lambda: types.MappingProxyType([1]), lambda: hash(m)):
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
try:

    class X(types.MappingProxyType):
        pass

except TypeError as e:
    print(e)
print(types.MappingProxyType, types.MappingProxyType[str, int])
print(types.MappingProxyType.__module__, isinstance(m, dict))


class Color(enum.Enum):
    RED = 1


print(Color.__members__, type(Color.__members__) is types.MappingProxyType)
for k in (0, 'k'):
    for o in (m, A(), (1,), 5, 'x', None, object()):
        try:
            del o[k]
        except TypeError as e:
            print(e)
