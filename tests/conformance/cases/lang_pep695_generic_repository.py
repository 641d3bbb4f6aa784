# A generic repository and cache written with PEP 695's syntax (3.12), used by asyncio tasks:
# the class's type parameters, Generic in its bases, subscripting, a generic method, and a
# bounded TypeVar whose bound is evaluated when first asked for.
import asyncio
from dataclasses import dataclass


@dataclass
class User:
    id: int
    name: str


class Entity:
    id: int


class Repository[K, V]:
    def __init__(self) -> None:
        self._items: dict[K, V] = {}
        self.lock = asyncio.Lock()

    async def put(self, key: K, value: V) -> None:
        async with self.lock:
            await asyncio.sleep(0.01)
            self._items[key] = value

    async def get(self, key: K) -> V | None:
        await asyncio.sleep(0.005)
        return self._items.get(key)

    def pick[D](self, key: K, default: D) -> V | D:
        return self._items.get(key, default)


class Cache[T: Entity](Repository[int, T]):
    hits = 0

    async def fetch(self, key: int, load) -> T:
        found = await self.get(key)
        if found is not None:
            Cache.hits += 1
            return found
        value = await load(key)
        await self.put(key, value)
        return value


async def load_user(uid: int) -> User:
    await asyncio.sleep(0.02)
    return User(uid, f"user{uid}")


async def main():
    repo = Repository[str, int]()
    print(type(repo).__name__, getattr(repo, "__orig_class__", None))
    await asyncio.gather(repo.put("a", 1), repo.put("b", 2))
    print(await repo.get("a"), await repo.get("zz"), repo.pick("zz", "default"))

    cache = Cache()
    users = await asyncio.gather(*(cache.fetch(i % 2, load_user) for i in range(4)))
    print([u.name for u in users], Cache.hits)
    print(await cache.fetch(1, load_user), Cache.hits)

    print(Repository.__type_params__, Repository.__parameters__)
    print(Repository.__orig_bases__, Repository.__mro__)
    print(Cache.__orig_bases__, Cache.__parameters__, Cache.__mro__)
    (T,) = Cache.__type_params__
    print(T, T.__name__, T.__bound__, T.__constraints__, T.__infer_variance__)
    print(Repository[int, str], Cache[User], Repository.pick.__type_params__)
    print(Repository.pick.__annotations__)
    print(Repository.put.__qualname__, Repository.pick.__qualname__, Cache.fetch.__type_params__)
    print("__type_params__" in Repository.__dict__, "__type_params__" in Cache.__dict__)
    try:
        Repository[int]
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
