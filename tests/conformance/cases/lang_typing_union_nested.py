# typing's reprs of nested unions, Callable over a ParamSpec and a ParamSpec's args/kwargs,
# and the overloads typing.overload records (typing.get_overloads / clear_overloads).
import asyncio
import typing
from typing import Callable, Concatenate, Optional, ParamSpec, Union, get_args, get_overloads, overload

P = ParamSpec("P")


@overload
def norm(x: int) -> int: ...
@overload
def norm(x: str) -> str: ...
def norm(x):
    return x


class Shape:
    @overload
    def area(self, side: int) -> int: ...
    @overload
    def area(self, w: int, h: int) -> int: ...
    def area(self, *a):
        return a[0] * a[-1]


def plain(x):
    return x


async def main():
    await asyncio.sleep(0)
    print(Union[int, Union[str, float]])
    print(Union[Union[int, str], Union[str, bytes]], get_args(Union[int, Union[str, float]]))
    print(Optional[Union[int, None]], Union[Optional[int], str], Optional[Optional[str]])
    print(Union[int, str] == Union[str, Union[int]], Union[Union[int, str], None])
    print(Callable[P, int], Callable[Concatenate[int, P], str], Callable[..., None], Callable[[int], str])
    print(P.args, P.kwargs, repr(P.args), P.args.__origin__ is P, type(P.args).__name__, type(P.kwargs).__name__)
    print(len(get_overloads(norm)), [f.__name__ for f in get_overloads(norm)], norm("s"), norm(3))
    print([f.__qualname__ for f in get_overloads(Shape.area)], Shape().area(2, 5), get_overloads(plain))
    try:
        norm.__wrapped__
    except AttributeError:
        print("no __wrapped__")
    @overload
    def only(x: int) -> int: ...
    try:
        only(1)
    except NotImplementedError as e:
        print("NotImplementedError:", e, only.__name__)
    typing.clear_overloads()
    print(get_overloads(norm), get_overloads(Shape.area))


asyncio.run(main())
