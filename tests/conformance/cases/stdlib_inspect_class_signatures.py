# inspect.signature of classes (the first __new__ or __init__ written in Python along the MRO; () for
# object's), getfullargspec, Parameter's checks of its name and kind, bind's leftover positionals.
import inspect
class A: pass
class B:
    def __new__(cls, x, y=1): return super().__new__(cls)
class C(B): pass
class D:
    def __init__(self, a, *, b=2): pass
class E(D): pass
class F:
    def __new__(cls, *args): return super().__new__(cls)
    def __init__(self, q): pass
for cls in (A, B, C, D, E, F):
    try:
        print(cls.__name__, inspect.signature(cls))
    except (ValueError, TypeError) as e:
        print(cls.__name__, type(e).__name__, e)
def f(a, b=2, *args, c, d=4, **kw) -> int: pass
def plain(x: "str", y=None): pass
class M:
    def meth(self, v: int = 0): pass
for fn in (f, plain, M.meth, M().meth, lambda *a: 0, D):
    try:
        print(inspect.getfullargspec(fn))
    except TypeError as e:
        print("TypeError:", e)
for args in [("1bad", inspect.Parameter.POSITIONAL_ONLY), ("class", inspect.Parameter.KEYWORD_ONLY),
             ("class", inspect.Parameter.POSITIONAL_ONLY), (5, inspect.Parameter.KEYWORD_ONLY), ("v", 9)]:
    try:
        print(inspect.Parameter(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    inspect.Parameter("a", inspect.Parameter.VAR_POSITIONAL, default=1)
except ValueError as e:
    print("ValueError:", e)
try:
    inspect.signature(f).bind(1, 2)
    inspect.signature(lambda a, *, k: 0).bind(1, 2)
except TypeError as e:
    print("TypeError:", e)
