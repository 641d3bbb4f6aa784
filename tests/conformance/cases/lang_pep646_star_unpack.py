# PEP 646 (3.11): a star in a subscript (`tuple[int, *Ts]`, `Generic[*Ts]`, `d[*keys]`) and on the
# annotation of `*args` (`*args: *Ts`). A starred subscript's items are a tuple; `*Ts` iterates the
# TypeVarTuple, which yields `Unpack[Ts]` (shown `*Ts` on 3.11, `typing.Unpack[Ts]` from 3.12).
# Substituting a generic with a TypeVarTuple gives it the arguments the other parameters leave.
from typing import Callable, Generic, TypeVar, TypeVarTuple, Unpack

T = TypeVar("T")
Ts = TypeVarTuple("Ts")


def f(*args: *Ts):
    pass


def g(first: int, *rest: *tuple[int, ...], last: str = "x") -> None:
    pass


print(f.__annotations__)
print(g.__annotations__)
print(list(Ts), [*Ts], Ts)

A = tuple[int, *Ts]
print(A, A.__args__, A.__parameters__)
print(A[str, bytes], A[()], A[float])
print(tuple[*Ts] == tuple[Unpack[Ts]])
print(tuple[*Ts, T].__parameters__, tuple[*Ts, T][int, str, bytes])


class Array(Generic[*Ts]):
    pass


class Pair(Generic[T, *Ts]):
    pass


print(Array.__parameters__, Array[int, str], Array[int, str].__args__, Array[()])
print(Pair.__parameters__, Pair[int], Pair[int, str, bytes].__args__)
try:
    Pair[()]
except TypeError as e:
    print("TypeError:", e)
print(Callable[[int, *Ts], None])

d = {}
d[*"ab"] = 1
d[*[1], 2] = 2
d[*()] = 3
print(d, d[*"ab"], d["a", "b"])
