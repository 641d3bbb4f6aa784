# obj.__class__ = C changes an object's class between classes of the same layout; builtin types refuse.
class A:
    def hi(self): return "A"
class B:
    def hi(self): return "B"
a = A()
a.x = 1
a.__class__ = B
print(a.hi(), type(a).__name__, isinstance(a, B), a.x)
try:
    a.__class__ = 5
except TypeError as e:
    print(e)
try:
    a.__class__ = int
except TypeError as e:
    print(e)
try:
    (1).__class__ = bool
except TypeError as e:
    print(e)
class L(list): pass
class L2(list): pass
l = L([1]); l.__class__ = L2; print(type(l).__name__, l)
try:
    l.__class__ = A
except TypeError as e:
    print(e)
