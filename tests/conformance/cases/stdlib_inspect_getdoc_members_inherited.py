# inspect.getdoc of a method, classmethod or property without a docstring of its own gives the
# docstring of the same name further up its class's MRO (found through the function's qualified
# name, or the bound object's class); functools.update_wrapper lets an error other than
# AttributeError out of the wrapped object's attributes.
import functools, inspect, contextlib
class Weird:
    def __getattribute__(self, n):
        if n == '__doc__':
            raise ValueError('no doc')
        if n == '__name__':
            raise AttributeError(n)
        return object.__getattribute__(self, n)
def w(): pass
try:
    functools.update_wrapper(w, Weird())
    print("ok", w.__name__)
except Exception as e:
    print(type(e).__name__, e)
class B:
    def m(self):
        """doc of m"""
    @property
    def p(self):
        """doc of p"""
    @classmethod
    def c(cls):
        """doc of c"""
class C(B):
    def m(self): pass
    @property
    def p(self): return 1
    @classmethod
    def c(cls): pass
print(inspect.getdoc(C.m), inspect.getdoc(C().m), inspect.getdoc(C.c), inspect.getdoc(C.__dict__['p']))
print(inspect.getdoc(C))
class D(C):
    pass
print(inspect.getdoc(D.m), inspect.getdoc(D().c), inspect.getdoc(D.p))
def free(): pass
print(inspect.getdoc(free))
class E:
    def __init__(self): pass
print(inspect.getdoc(E.__init__), inspect.getdoc(E().__init__))
