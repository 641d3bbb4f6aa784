"""Typing-heavy service code: a generic async repository, a Protocol for stores checked at
runtime, TypeVar bounds, overloads and a ParamSpec-typed decorator."""
import asyncio
from dataclasses import dataclass
from typing import (Any, Awaitable, Callable, ClassVar, Generic, Iterable, Optional, ParamSpec,
                    Protocol, TypeVar, overload, runtime_checkable, get_type_hints, TYPE_CHECKING)

if TYPE_CHECKING:
    from collections.abc import Sequence

P = ParamSpec("P")
R = TypeVar("R")
K = TypeVar("K")


@runtime_checkable
class Store(Protocol[K]):
    async def get(self, key: K) -> Optional[dict[str, Any]]: ...
    async def put(self, key: K, value: dict[str, Any]) -> None: ...


class Entity:
    kind: ClassVar[str] = "entity"


E = TypeVar("E", bound=Entity)


@dataclass
class User(Entity):
    id: int
    name: str
    kind: ClassVar[str] = "user"


class MemoryStore(Generic[K]):
    def __init__(self, latency: float = 0.01) -> None:
        self.data: dict[K, dict[str, Any]] = {}
        self.latency = latency

    async def get(self, key: K) -> Optional[dict[str, Any]]:
        await asyncio.sleep(self.latency)
        return self.data.get(key)

    async def put(self, key: K, value: dict[str, Any]) -> None:
        await asyncio.sleep(self.latency)
        self.data[key] = value


def traced(fn: Callable[P, Awaitable[R]]) -> Callable[P, Awaitable[R]]:
    async def inner(*args: P.args, **kwargs: P.kwargs) -> R:
        result = await fn(*args, **kwargs)
        print(f"  {fn.__qualname__}{args[1:]} -> {result!r}")
        return result
    return inner


class Repository(Generic[E]):
    def __init__(self, cls: type[E], store: Store[int]) -> None:
        self.cls, self.store = cls, store

    @traced
    async def load(self, key: int) -> Optional[E]:
        raw = await self.store.get(key)
        return None if raw is None else self.cls(**raw)

    async def save(self, *items: E) -> int:
        await asyncio.gather(*(self.store.put(i.id, vars(i)) for i in items))
        return len(items)

    @overload
    async def find(self, key: int) -> Optional[E]: ...
    @overload
    async def find(self, key: Iterable[int]) -> list[Optional[E]]: ...

    async def find(self, key):
        if isinstance(key, int):
            return await self.load(key)
        return list(await asyncio.gather(*(self.load(k) for k in key)))


async def main() -> None:
    store: MemoryStore[int] = MemoryStore()
    print("is a Store:", isinstance(store, Store), isinstance(object(), Store))
    repo = Repository(User, store)
    print("saved", await repo.save(User(1, "ann"), User(2, "bob")))
    print("find one:", await repo.find(2))
    print("find many:", await repo.find([1, 3]))
    print(Repository.__orig_bases__ if hasattr(Repository, "__orig_bases__") else None)
    print(Repository[User], MemoryStore[int].__origin__ is MemoryStore, E.__bound__, K.__constraints__)
    print(get_type_hints(User), User.kind, Entity.kind)
    print(Repository.save.__annotations__)
    print(f"done at {asyncio.get_running_loop().time():.2f}")


asyncio.run(main())
