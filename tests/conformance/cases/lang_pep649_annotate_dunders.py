# 3.14 (PEP 649): __annotate__ on functions, classes and modules. The compiler's function takes one
# positional-only `format`, answers VALUE (1) and VALUE_WITH_FAKE_GLOBALS (2) with a new dict each
# time and raises a bare NotImplementedError above 2. A module keeps its annotations'
# indices that ran in __conditional_annotations__; a class body only those that ran.
import sys

print(sorted(k for k in globals() if "annot" in k), __annotate__.__qualname__)
x: int = 1
if len(sys.argv) > 5:
    y: str
else:
    z: float
for i in range(2):
    w: bytes
print(sorted(__conditional_annotations__), __annotate__(1))
module = sys.modules[__name__]
print(module.__annotations__, "__annotations__" in globals())


class Meta(type):
    def __new__(mcls, name, bases, ns):
        print(name, sorted(k for k in ns if "annot" in k))
        return super().__new__(mcls, name, bases, ns)


class A(metaclass=Meta):
    a: int
    if False:
        b: str
    for n in range(3):
        if n == 2:
            c: list[int]
    print("in body", sorted(k for k in locals() if "annot" in k))


print(A.__annotations__, A.__annotate__.__qualname__, A.__annotate__.__name__)
print(sorted(k for k in vars(A) if "annot" in k))


class NoAnnotations(metaclass=Meta):
    z = 1


print(NoAnnotations.__annotate__, NoAnnotations.__annotations__, sorted(k for k in vars(NoAnnotations) if "annot" in k))


def f(a: int, *b: str, c: "text" = 2, **d: float) -> None:
    pass


ann = f.__annotate__
code = ann.__code__
print(ann.__qualname__, ann.__defaults__, code.co_varnames, code.co_argcount, code.co_posonlyargcount)
print(ann(1), ann(2) == ann(True), ann(1) is ann(1), f.__annotations__ is f.__annotations__)
for fmt in [0, -1, 3, 4, 2.5, "s"]:
    try:
        print(fmt, ann(fmt))
    except Exception as e:
        print(fmt, type(e).__name__, e)
for call in [lambda: ann(), lambda: ann(format=1)]:
    try:
        call()
    except TypeError as e:
        print(e)


class M:
    def m(self, x: int):
        pass

    class N:
        q: int


def outer():
    def inner(x: int):
        pass

    class L:
        y: str

    return inner, L


inner, L = outer()
print(M.m.__annotate__.__qualname__, M.N.__annotate__.__qualname__)
print(inner.__annotate__.__qualname__, L.__annotate__.__qualname__)


def none():
    pass


print(none.__annotate__, none.__annotations__)
none.__annotations__ = {"a": 1}
print(none.__annotate__, none.__annotations__)


def g(a: int):
    pass


g.__annotate__ = lambda fmt: {"fmt": fmt}
print(g.__annotations__)
for bad in [lambda: setattr(g, "__annotate__", 5), lambda: setattr(g, "__annotations__", 5)]:
    try:
        bad()
    except TypeError as e:
        print(e)
del g.__annotations__
print(g.__annotate__, g.__annotations__)


def h(a: int):
    pass


h.__annotate__ = lambda fmt: 5
try:
    h.__annotations__
except TypeError as e:
    print(e)
try:
    del h.__annotate__
except TypeError as e:
    print(e)


class B:
    x: int


B.__annotations__ = {"r": 2}
print(sorted(k for k in vars(B) if "annot" in k), B.__annotations__, B.__annotate__)


class Own:
    __annotations__ = {"q": 1}


print(Own.__annotations__, Own.__annotate__, sorted(k for k in vars(Own) if "annot" in k))
del B.__annotations__
print(sorted(k for k in vars(B) if "annot" in k), B.__annotations__)


class Late:
    first: int
    later: Undefined


def show():
    return Late.__annotations__


print(sorted(k for k in vars(Late) if "annot" in k))
show()
