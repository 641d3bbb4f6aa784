"""A typed repository layer: list[int] and friends are types.GenericAlias objects (repr, __origin__,
__args__, __parameters__, substitution, calls, class bases, isinstance refusals), user Generic
classes know their type parameters and check the number of arguments, library classes subscript
(collections.abc.Callable[[int], str]), and a Protocol class cannot be instantiated."""
import asyncio
import collections.abc
from typing import Generic, Protocol, TypeVar, Dict, get_args, get_origin

K = TypeVar("K")
V = TypeVar("V")


class Repo(Generic[K, V]):
    def __init__(self) -> None:
        self.rows: dict[K, V] = {}

    async def put(self, key: K, value: V) -> None:
        await asyncio.sleep(0.01)
        self.rows[key] = value


class UserRepo(Repo[int, str]):
    pass


class Tags(list[str]):
    pass


class Closeable(Protocol):
    def close(self) -> None: ...


async def main():
    repo = UserRepo()
    await repo.put(1, "ann")
    print(repo.rows, Repo.__parameters__, UserRepo.__parameters__, UserRepo.__orig_bases__)
    print(list[int], dict[str, list[int]], tuple[int, ...], tuple[()], type[int], type(list[int]))
    print(Repo.put.__annotations__, dict[str, V].__parameters__, dict[K, list[V]][str, int])
    print(list[int] == list[int], list[int]((1, 2)), list[int].__origin__, list[int].__args__)
    print(list[V] | None, Dict[str, V][int], Repo[str, int], get_origin(Repo[str, int]), get_args(Repo[str, int]))
    print(collections.abc.Callable[[int], str], collections.abc.Mapping[str, int], Tags.__mro__, Tags(["x"]))
    bad = [
        lambda: isinstance([], list[int]),
        lambda: issubclass(list, list[int]),
        lambda: isinstance(1, int | list[str]),
        lambda: list[int][str],
        lambda: dict[K, V][int],
        lambda: Repo[int],
        lambda: UserRepo[int],
        lambda: Closeable(),
    ]
    for f in bad:
        try:
            print(f())
        except TypeError as e:
            print("TypeError:", e)


asyncio.run(main())
