# typing at run time as validators use it: isinstance/issubclass against typing's aliases
# (List, Sequence, a Union), the errors for forms that cannot be checked, and get_type_hints
# with and without include_extras (Annotated and TypedDict qualifiers stripped).
import asyncio
import typing
from typing import (Annotated, Any, Callable, List, Literal, NotRequired, Optional, Required, Sequence,
                    TypedDict, Union, get_type_hints)


class Movie(TypedDict):
    title: Required[Annotated[str, "t"]]
    year: NotRequired[int]
    tags: list[Annotated[str, "tag"]]


def handler(a: Annotated[int, "x"], b: Optional[Annotated[str, "y"]] = None,
            c: List[Annotated[int, 1]] = (), e: Callable[[Annotated[int, 2]], None] = print) -> Annotated[bool, "r"]:
    ...


async def validate(value, expected):
    await asyncio.sleep(0.01)
    try:
        return isinstance(value, expected)
    except TypeError as e:
        return f"TypeError: {e}"


async def main():
    checks = [([], List), ({}, typing.Dict), ([], Sequence), ({}, typing.Mapping), (len, typing.Callable),
              ((), typing.Iterable), ([], typing.Hashable), (1, Union[int, str]), (None, Optional[int]),
              ("s", Union[int, List[int]]), (1, Any), (1, Optional), (1, Literal), (1, List[int]),
              ("a", Literal["a"]), (1, Annotated[int, "x"])]
    results = await asyncio.gather(*(validate(v, t) for v, t in checks))
    for (v, t), r in zip(checks, results):
        print(f"isinstance({v!r}, {t}) -> {r}")
    for t in (List, typing.Dict, Sequence, Union[int, str], Any, typing.ClassVar, typing.Tuple[int]):
        try:
            print(t, issubclass(dict, t))
        except TypeError as e:
            print(t, "TypeError:", e)
    for obj in (handler, Movie):
        print(get_type_hints(obj))
        print(get_type_hints(obj, include_extras=True))


asyncio.run(main())
