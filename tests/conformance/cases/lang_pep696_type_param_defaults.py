# PEP 696's type parameter defaults (3.13): `__default__` evaluated when first read, has_default(),
# typing.NoDefault; a generic class's default used by nothing at run time; 3.12 refuses the syntax
# (the program runs it with exec), 3.11 the whole of PEP 695.
import sys
import typing

SOURCE = '''
import asyncio

class Queue[T = bytes, *Shape = *tuple[int, ...]]:
    pass

class Channel[T = str, **P = [int, str]]:
    def __init__(self):
        self.items: list[T] = []

def first[T = int, U = Missing](xs: list[T]) -> T:
    return xs[0]

type Table[K = str, V = int] = dict[K, V]

async def main():
    ch = Channel()
    ch.items.append("hello")
    await asyncio.sleep(0.1)
    print(ch.items, first([3, 4]))
    T, P = Channel.__type_params__
    print(T, T.__default__, T.has_default(), P, P.__default__, P.has_default())
    T, U = first.__type_params__
    print(T.__default__, T.__bound__)
    try:
        U.__default__
    except NameError as e:
        print("NameError:", e)
    print(U.has_default())
    K, V = Table.__type_params__
    print(K.__default__, V.__default__, Table.__value__)

asyncio.run(main())
'''

try:
    exec(SOURCE.replace(", *Shape = *tuple[int, ...]", ""), {"__name__": "__main__"})
except SyntaxError as e:
    print("SyntaxError:", e.msg, e.lineno, e.offset)

if sys.version_info >= (3, 13):
    print(typing.NoDefault, type(typing.NoDefault).__name__)
    T = typing.TypeVar("T")
    print(T.__default__ is typing.NoDefault, T.has_default())
    D = typing.TypeVar("D", default=int)
    print(D.__default__, D.has_default(), typing.TypeVar("N", default=None).__default__)
    P = typing.ParamSpec("P", default=...)
    print(P.__default__, typing.TypeVarTuple("Ts").has_default())
elif sys.version_info >= (3, 12):
    print(hasattr(typing, "NoDefault"), hasattr(typing.TypeVar("T"), "__default__"))
