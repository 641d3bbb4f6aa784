import enum
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
    def describe(self):
        return f'{self.name} is {self.value}'
    @property
    def lower(self):
        return self.name.lower()
print(Color.RED, repr(Color.RED), Color(1), Color['GREEN'], list(Color), len(Color), Color.CRIMSON, Color.CRIMSON is Color.RED)
print(Color.RED.name, Color.RED.value, Color.RED.describe(), Color.RED.lower, repr(Color), type(Color), type(Color.RED), isinstance(Color.RED, Color))
print(Color.RED in Color, 1 in Color, 5 in Color, Color.RED == Color.RED, Color.RED == 1, hash(Color.RED) == hash(Color.RED), {Color.RED: 'r'}[Color.RED])
print(Color.__members__, list(Color.__members__), f'{Color.RED}', format(Color.RED), str(Color.BLUE), [c.name for c in reversed(Color)])
try: Color(7)
except ValueError as e: print('ValueError', e)
try: Color['X']
except KeyError as e: print('KeyError', e)
try: Color.RED < Color.GREEN
except TypeError as e: print('TypeError', e)
class N(IntEnum):
    ONE = 1
    TWO = 2
print(N.ONE, repr(N.ONE), N.ONE == 1, N.ONE + 1, N.TWO > N.ONE, N(2), [10, 20, 30][N.TWO], f'{N.ONE}', f'{N.TWO:03d}', int(N.TWO), sorted([N.TWO, N.ONE]), N.ONE < 2)
class S(StrEnum):
    A = auto()
    B = 'bee'
print(S.A, repr(S.A), S.A == 'a', S.B.upper(), f'{S.B}', S('bee'), S.A + '!', list(S))
class A(Enum):
    X = auto()
    Y = auto()
    Z = 10
    W = auto()
print(list(A), A.W.value, repr(A.X))
class P(Flag):
    R = auto()
    W = auto()
    X = auto()
rw = P.R | P.W
print(rw, repr(rw), P.R in rw, P.X in rw, bool(P.R & P.X), list(rw), repr(P.R & P.X), P(3), ~P.R, repr(P(0)), list(P))
class Perm(IntFlag):
    R = 4
    W = 2
    X = 1
print(Perm.R | Perm.W, repr(Perm.R | Perm.W), Perm.R | 1, (Perm.R | Perm.W) == 6, Perm(7))
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
print(Planet.EARTH.mass, Planet.EARTH.value, repr(Planet.MERCURY))
try:
    @unique
    class U(Enum):
        A = 1
        B = 1
except ValueError as e: print('ValueError', e)
F = Enum('F', 'APPLE BANANA')
print(list(F), F.APPLE.value, repr(F))
G = Enum('G', [('X', 5), ('Y', 6)])
print(list(G))
class Shape(Enum):
    SQUARE = 'sq'
    @classmethod
    def _missing_(cls, value):
        return cls.SQUARE
print(Shape('zzz'))
try:
    class More(Color):
        PINK = 9
except TypeError as e: print('TypeError', e)
class Mood(str, Enum):
    HAPPY = 'happy'
print(Mood.HAPPY == 'happy', Mood('happy'), repr(Mood.HAPPY))
match Color.GREEN:
    case Color.RED: print('red')
    case Color.GREEN: print('green')
