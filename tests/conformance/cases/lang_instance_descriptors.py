# The descriptors a class owns for its instances' storage: a __slots__ name's member_descriptor
# and the __dict__/__weakref__ getset_descriptors: repr, type, __name__, __qualname__,
# __objclass__, __doc__, the protocol called by hand and the errors for a foreign instance.
class C:
    __slots__ = ('x',)
class D:
    pass
for d in (C.x, D.__dict__['__dict__'], D.__dict__['__weakref__']):
    print(repr(d), type(d).__name__, d.__name__, d.__qualname__, d.__objclass__, d.__doc__)
    print(hasattr(d, '__get__'), hasattr(d, '__set__'), hasattr(d, '__delete__'))
c = C()
C.x.__set__(c, 5)
print(C.x.__get__(c, C), C.x.__get__(None, C) is C.x)
try:
    C.x.__get__(D(), D)
except TypeError as e:
    print(e)
try:
    D.__dict__['__dict__'].__get__(c, C)
except TypeError as e:
    print(e)
C.x.__delete__(c)
try:
    c.x
except AttributeError as e:
    print(e)
try:
    del c.x
except AttributeError as e:
    print(repr(e))
try:
    C.x.__get__(None, None)
except TypeError as e:
    print(e)
try:
    C.x.fget
except AttributeError as e:
    print(e)
class E(C):
    __slots__ = ('y',)
print(E.y.__qualname__, E.y.__objclass__.__name__, E.x is C.x)
