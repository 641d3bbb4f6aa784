# inspect.getdoc of a class without a docstring: the nearest base's that has one, never object's
# (a class whose bases have none has None), and of instances.
import inspect
class B:
    pass
class C(B):
    "doc of C"
class D(C):
    pass
class E(D):
    pass
class F(B):
    pass
for k in (B, C, D, E, F):
    print(k.__name__, repr(inspect.getdoc(k)))
print(repr(inspect.getdoc(F())), repr(inspect.getdoc(E())))
