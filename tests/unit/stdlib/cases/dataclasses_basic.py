from dataclasses import dataclass, field, KW_ONLY, fields, asdict, astuple, replace, FrozenInstanceError, InitVar, is_dataclass
import dataclasses
from typing import ClassVar

@dataclass
class Point:
    x: int
    y: int = 0

@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int
    tags: tuple = field(default=(), compare=False)

p = Point(1, 2)
print(p, Point(3), p == Point(1, 2), p != Point(1, 3), p == (1, 2))
p.x = 10
print(p)
vs = sorted([Version(1, 2), Version(0, 9, ("beta",)), Version(1, 0)])
print(vs)
print(Version(1, 0) < Version(1, 1), Version(2, 0, ("a",)) == Version(2, 0), hash(Version(1, 2)) == hash(Version(1, 2, ('x',))))
try:
    vs[0].major = 5
except AttributeError as e:
    print(type(e).__name__, e, isinstance(e, FrozenInstanceError))
try:
    hash(p)
except TypeError as e:
    print(e)
def mk():
    @dataclass
    class Q:
        a: int
        b: int
        _: KW_ONLY
        c: int
        n: ClassVar[int] = 5
    return Q
Q = mk()
for f in [lambda: Point(), lambda: Point(1,2,3), lambda: Point(1, z=2), lambda: Point(1, x=2), lambda: Q(), lambda: Q(1,2), lambda: Q(1,2,3), lambda: Q(1, 2, 3, c=4), lambda: Point(1,2,3,x=5)]:
  try: f()
  except Exception as e: print(type(e).__name__, e)
try:
    @dataclass
    class R:
        x: int = 0
        y: int
except Exception as e: print(type(e).__name__, e)
try:
    @dataclass
    class R:
        x: list = []
except Exception as e: print(type(e).__name__, e)
try:
    field(default=1, default_factory=list)
except Exception as e: print(type(e).__name__, e)
print(Q(1,2,c=3), Point.__init__.__qualname__, Point.__doc__, Q.__doc__, Q.n, [f.name for f in fields(Q)])
@dataclass
class Inv:
    name: str
    items: list = field(default_factory=list)
    count: int = field(default=0, repr=False)
    secret: str = field(default='s', init=False)
    def total(self):
        return len(self.items)
i = Inv('a')
i.items.append(Point(1, 2))
print(i, asdict(i), astuple(i), replace(i, name='b'), i.total(), is_dataclass(i), is_dataclass(Inv), is_dataclass(3))
@dataclass
class C3(Point):
    z: int = 5
    def __post_init__(self):
        self.s = self.x + self.y + self.z
c = C3(1, 2)
print(c, c.s, Point.__match_args__, C3.__match_args__)
@dataclass
class WithInit:
    a: int
    scale: InitVar[int] = 2
    def __post_init__(self, scale):
        self.a *= scale
print(WithInit(3), WithInit(3, 5))
@dataclass(eq=False)
class NoEq:
    a: int
print(NoEq(1) == NoEq(1), hash(NoEq(1)) is not None)
@dataclass(frozen=True)
class F:
    a: int
    b: list = field(default_factory=list, hash=False, compare=False)
print(F(1) == F(1), {F(1): 1}, F(1, [2]))
try:
    F(1).c = 5
except FrozenInstanceError as e:
    print(e)
print(dataclasses.fields(Point)[1].default, repr(dataclasses.MISSING)[:30])
D = dataclasses.make_dataclass('D', [('x', int), ('y', int, field(default=3))])
print(D(1), D(1, 2) == D(1, 2))
@dataclass
class Node:
    val: int
    children: list = field(default_factory=list)
n = Node(1, [Node(2)])
print(n, asdict(n))
print(Version(1, 0) <= Version(1, 0), Version(2, 0) > Version(1, 5), Version(1,0) >= Version(1, 1))
try:
    Version(1, 0) < Point(1, 0)
except TypeError as e:
    print(e)
