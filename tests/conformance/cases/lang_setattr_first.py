# A class's own __setattr__ sees every assignment, properties and descriptors included; object.__setattr__ runs their setters.
class Watched:
    def __init__(self):
        self.x = 1
    def __setattr__(self, name, value):
        print("set", name, value)
        super().__setattr__(name, value)
    @property
    def x(self):
        return self._x
    @x.setter
    def x(self, v):
        self._x = v * 10
w = Watched()
w.x = 2
print(w.x, vars(w))
class Typed:
    def __set_name__(self, owner, name):
        self.name = '_' + name
    def __get__(self, obj, t=None):
        return getattr(obj, self.name)
    def __set__(self, obj, v):
        print("descr set", v)
        object.__setattr__(obj, self.name, int(v))
class P:
    n = Typed()
    def __setattr__(self, k, v):
        print("P set", k)
        object.__setattr__(self, k, v)
p = P()
p.n = "5"
print(p.n)
class RO:
    @property
    def y(self): return 1
    def __setattr__(self, k, v):
        print("RO set", k)
        object.__setattr__(self, k, v)
try:
    RO().y = 3
except AttributeError as e:
    print(e)
try:
    object.__setattr__(5, 'q', 1)
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
from dataclasses import dataclass
@dataclass(frozen=True)
class Pt:
    a: int
pt = Pt(1)
try:
    pt.a = 2
except Exception as e:
    print(type(e).__name__, e)
