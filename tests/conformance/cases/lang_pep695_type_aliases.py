# `type` statements (PEP 695, 3.12): aliases for callbacks and payloads in an asyncio program. The
# value is evaluated when first asked for (a forward reference works, a missing name fails only
# then), generic aliases subscript, and `type` stays an ordinary name elsewhere.
import asyncio
import typing
from collections.abc import Awaitable, Callable

type Handler = Callable[[Event], Awaitable[None]]
type Payload = dict[str, JSON]
type JSON = int | str | list[JSON] | Payload | None
type Pair[T] = tuple[T, T]
type Registry[K, V: Callable] = dict[K, list[V]]
type Broken = ThisNameIsMissing


class Event:
    def __init__(self, name: str, data: Payload) -> None:
        self.name = name
        self.data = data


handlers: Registry[str, Handler] = {}


def on(name: str):
    def register(fn: Handler) -> Handler:
        handlers.setdefault(name, []).append(fn)
        return fn

    return register


@on("tick")
async def log_tick(ev: Event) -> None:
    await asyncio.sleep(0.01)
    print("tick", ev.data)


@on("tick")
async def count_tick(ev: Event) -> None:
    await asyncio.sleep(0.02)
    print("count", len(ev.data))


async def emit(ev: Event) -> None:
    await asyncio.gather(*(h(ev) for h in handlers.get(ev.name, [])))


async def main():
    await emit(Event("tick", {"n": 1, "tags": ["a", None]}))
    await emit(Event("other", {}))

    print(Handler, type(Handler), type(Handler).__module__, type(Handler).__name__)
    print(Handler.__name__, Handler.__module__, Handler.__type_params__, Handler.__parameters__)
    print(Handler.__value__)
    print(Payload.__value__, JSON.__value__)
    print(Pair, Pair.__type_params__, Pair.__value__, Pair[int], Pair[int].__origin__ is Pair, Pair[int].__args__)
    print(Registry.__type_params__, Registry.__type_params__[1].__bound__)
    print(isinstance(Handler, typing.TypeAliasType), isinstance(Handler, type))
    try:
        Handler[int]
    except TypeError as e:
        print("TypeError:", e)
    try:
        Broken.__value__
    except NameError as e:
        print("NameError:", e)
    print(Broken.__name__)

    def local_scope():
        type Local[X] = list[X]
        return Local

    L = local_scope()
    print(L, L.__value__, L.__type_params__, L is local_scope())

    print(shadow(), type(3))


def shadow():
    type = "just a name"
    return type


asyncio.run(main())
