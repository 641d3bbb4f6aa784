# typing.get_origin / get_args on every kind of alias: builtin generics (list[int], dict[str, int], tuple[int, ...]), collections.abc generics (Callable[[int], str] unflattened), typing's aliases, unions written with | (types.UnionType) and Optional, Annotated, Literal, Generic, ClassVar and plain classes.
import collections.abc as cabc
import types
import typing
from typing import Annotated, Any, Callable, ClassVar, Dict, Final, Generic, List, Literal, Optional, Tuple, TypeVar, Union

T = TypeVar("T")


class Box(Generic[T]):
    pass


cases = [
    ("list[int]", list[int]), ("dict[str, list[int]]", dict[str, list[int]]), ("tuple[int, ...]", tuple[int, ...]),
    ("tuple[()]", tuple[()]), ("type[int]", type[int]), ("cabc.Callable[[int], str]", cabc.Callable[[int], str]),
    ("cabc.Callable[..., int]", cabc.Callable[..., int]), ("cabc.Iterable[str]", cabc.Iterable[str]),
    ("List[int]", List[int]), ("Dict[str, int]", Dict[str, int]), ("Tuple[int, str]", Tuple[int, str]),
    ("Callable[[int, str], bool]", Callable[[int, str], bool]), ("Callable[[], None]", Callable[[], None]),
    ("int | str", int | str), ("int | None", int | None), ("Optional[int]", Optional[int]), ("Union[int, str]", Union[int, str]),
    ("Literal['a', 1]", Literal["a", 1]), ("Annotated[int, 'meta']", Annotated[int, "meta", 3]),
    ("ClassVar[int]", ClassVar[int]), ("Final[str]", Final[str]), ("Box[int]", Box[int]), ("Generic", Generic),
    ("int", int), ("List", List), ("Any", Any), ("list[T]", list[T]),
]
for label, tp in cases:
    origin = typing.get_origin(tp)
    # 3.14 made types.UnionType and typing.Union one class: named by identity, not repr.
    shown = "types.UnionType" if origin is types.UnionType else repr(origin)
    print(f"{label:28} origin={shown:40} args={typing.get_args(tp)!r}")
print(typing.get_origin(int | str) is types.UnionType)
print(isinstance(list[int], types.GenericAlias), type(int | str).__name__, list[int] == list[int], list[int].__origin__, list[int].__args__)
for tp in (typing.Iterable[int], typing.Mapping[str, int], typing.AbstractSet[int], typing.Pattern[str], typing.List[None], typing.Callable, typing.Iterable, typing.Tuple):
    print(typing.get_origin(tp), typing.get_args(tp))
