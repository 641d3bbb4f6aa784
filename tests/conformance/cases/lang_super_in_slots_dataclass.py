# Zero-argument super() in a dataclass(slots=True): the decorator makes the class again, and up to
# 3.13 the methods' __class__ cell still holds the first class (super() raises TypeError); 3.14's
# dataclasses repoint it. A class made again with type() from another's namespace keeps its cell.
from dataclasses import dataclass
import functools


def deco(f):
    @functools.wraps(f)
    def inner(*a):
        return f(*a)
    return inner


@dataclass
class Base:
    x: int

    def f(self):
        return 'Base.f'

    @property
    def p(self):
        return 'Base.p'


@dataclass(slots=True)
class Child(Base):
    y: int = 0

    def f(self):
        return super().f() + ' via Child'

    @deco
    def g(self):
        return super().f() + ' via decorated g'

    @property
    def p(self):
        return super().p + ' via property'

    def cls_cell(self):
        return __class__ is type(self)


@dataclass(frozen=True)
class FrozenBase:
    def f(self):
        return 'FrozenBase.f'


@dataclass(frozen=True, slots=True)
class Frozen(FrozenBase):
    def f(self):
        return super().f() + ' via Frozen'


for obj, name in [(Child(1), 'f'), (Child(1), 'g'), (Child(1), 'p'), (Frozen(), 'f')]:
    try:
        print(name, getattr(obj, name)() if name != 'p' else obj.p)
    except TypeError as e:
        print(name, 'TypeError:', e)
print('cell is class', Child(1).cls_cell())


class Plain:
    def f(self):
        return 'Plain.f'


class Sub(Plain):
    def f(self):
        return super().f() + ' via Sub'


Again = type('Again', (Plain,), dict(Sub.__dict__))
try:
    print(Again().f())
except TypeError as e:
    print('Again TypeError:', e)
print(Sub().f())
