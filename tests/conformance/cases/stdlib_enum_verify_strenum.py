# enum.verify with UNIQUE, CONTINUOUS and NAMED_FLAGS (EnumCheck), member/nonmember, show_flag_values,
# and StrEnum's and IntFlag's edges: values that are not strings, str()'s arguments, flag algebra.
import enum
from enum import Enum, Flag, IntFlag, StrEnum, verify, UNIQUE, CONTINUOUS, NAMED_FLAGS, member, nonmember, auto

@verify(UNIQUE)
class Color(Enum):
    RED = 1
    GREEN = 2
print(list(Color), UNIQUE, repr(UNIQUE), type(UNIQUE))
try:
    @verify(UNIQUE)
    class Bad(Enum):
        A = 1
        B = 1
        C = 2
        D = 2
except ValueError as e:
    print('ValueError', e)
try:
    @verify(CONTINUOUS)
    class Gap(Enum):
        A = 1
        B = 2
        E = 5
except ValueError as e:
    print('ValueError', e)
try:
    @verify(NAMED_FLAGS)
    class F(Flag):
        A = 1
        B = 2
        ABD = 11
except ValueError as e:
    print('ValueError', e)
@verify(CONTINUOUS, UNIQUE)
class Ok(Enum):
    A = 1
    B = 2
    C = 3
print(list(Ok))
class M(Enum):
    A = 1
    helper = nonmember(10)
    @member
    def fn(x):
        return x
print([m.name for m in M], M.helper, M.fn, type(M.__dict__['helper']).__name__ if 'helper' in M.__dict__ else None)
class S(StrEnum):
    A = auto()
    Bee = auto()
print(list(S), S.A + '!', f'{S.Bee}', str(S.A), repr(S.A))
class P(IntFlag):
    R = 4
    W = 2
    X = 1
print(P.R | P.W, P(7), P(8), ~P.R, list(P(7)), P(0), repr(P(5)), P.R | 8)

print(verify, list(enum.EnumCheck), enum.EnumCheck.UNIQUE == 'one name per value', str(CONTINUOUS))
try:
    verify(UNIQUE)(int)
except TypeError as e:
    print('TypeError', e)
try:
    @verify(CONTINUOUS)
    class G(Flag):
        A = 1
        D = 8
        E = 32
except ValueError as e:
    print('ValueError', e)
try:
    @verify(NAMED_FLAGS)
    class H(Flag):
        A = 1
        X = 6
        Y = 24
except ValueError as e:
    print('ValueError', e)
try:
    class T(StrEnum):
        A = 1
except TypeError as e:
    print('TypeError', e)
try:
    class T2(StrEnum):
        A = 'a', 'b', 'c', 'd'
except TypeError as e:
    print('TypeError', e)
try:
    class T3(StrEnum):
        A = b'x', 'ascii'
        B = b'y', 1
except TypeError as e:
    print('TypeError', e)
class T4(StrEnum):
    A = b'x', 'ascii'
    B = b'\xff', 'latin-1', 'strict'
print(repr(T4.A), repr(T4.B), S('a') is S.A, S.A.upper(), S.A == 'a', len(S.Bee), sorted(S))
print(P.R in P(6), P.X in P(6), P(6) & P.W, P(6) ^ P.R, bool(P(0)), P.R.name, P(6).name, P(5).value, format(P.R))
print(enum.show_flag_values(13), P(-1), ~P(0), P(7) & 12, P.W + 1, isinstance(P.W, int))
