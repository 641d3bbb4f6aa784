# Setting or deleting an attribute an object without a __dict__ lacks: 3.13 adds "and no __dict__
# for setting new attributes" only when the class keeps object's own __setattr__ and __delattr__;
# one that defines either (a frozen dataclass) gets the short message, through object.__setattr__ too.
import dataclasses
class P:
    __slots__ = ("a",)
for f in (lambda: object.__setattr__(P(), "z", 1), lambda: setattr(P(), "z", 1)):
    try:
        f()
    except AttributeError as e:
        print(e)
@dataclasses.dataclass(slots=True, frozen=True)
class V:
    a: int
@dataclasses.dataclass(slots=True)
class W:
    a: int
for f in (lambda: object.__setattr__(V(1), "z", 1), lambda: object.__setattr__(W(1), "z", 1), lambda: setattr(W(1), "z", 1)):
    try:
        f()
    except AttributeError as e:
        print(e)
class D:
    __slots__ = ("a",)
    def __delattr__(self, n):
        object.__delattr__(self, n)
class S(D):
    __slots__ = ()
    def __setattr__(self, n, v):
        super().__setattr__(n, v)
for f in (lambda: setattr(D(), "z", 1), lambda: delattr(D(), "z"), lambda: setattr(S(), "q", 1), lambda: delattr(P(), "zz")):
    try:
        f()
    except AttributeError as e:
        print(e)
