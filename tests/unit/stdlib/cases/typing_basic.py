from typing import Any, Optional, List, Dict, Callable, Awaitable, Coroutine, Iterable, TypeVar, Union, Generic, Protocol, NamedTuple, TypedDict, cast, TYPE_CHECKING, Tuple, Set, Literal, ClassVar, Final, AsyncIterator, Sequence, overload
import typing
T = TypeVar('T')
K = TypeVar('K', bound=int)
print(Any, Optional[int], List[int], Dict[str, int], Callable[[int, str], bool], Awaitable[int], Union[int, str], Union[int, None], Optional[List[int]], T, K, Tuple[int, ...], Literal['a', 'b'], Iterable, typing.Coroutine[Any, Any, int])
def f(x: Optional[int] = None) -> List[str]:
    return [str(x)]
print(f(3))
class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, x: T) -> None:
        self.items.append(x)
s = Stack[int]()
s.push(1)
print(s.items, cast(int, 'x'), TYPE_CHECKING)
class Point(NamedTuple):
    x: int
    y: int = 0
p = Point(1)
print(p, p.x, p.y, p == (1, 0), Point._fields, Point(3, 4)._asdict(), isinstance(p, tuple))
class Movie(TypedDict):
    name: str
    year: int
m = Movie(name='x', year=1)
print(m, type(m))
class Greeter(Protocol):
    def greet(self) -> str: ...
Alias = Dict[str, List[int]]
print(Alias)
async def g() -> Awaitable[None]:
    pass
print(typing.get_type_hints(Point))
