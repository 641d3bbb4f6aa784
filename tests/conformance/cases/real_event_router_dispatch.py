"""An event router: events are NamedTuples and dataclasses matched with `match`, handlers are
chosen by functools.singledispatch, batches come from itertools.batched, and async
generators stream results through contextlib.aclosing."""
import asyncio
import itertools
from contextlib import aclosing, suppress
from dataclasses import KW_ONLY, dataclass
from functools import singledispatch
from typing import NamedTuple


class Click(NamedTuple):
    x: int
    y: int
    button: str = "left"


@dataclass(frozen=True)
class Key:
    code: str
    _: KW_ONLY
    shift: bool = False
    repeat: int = 1


@dataclass
class Scroll:
    delta: float


@singledispatch
def describe(event):
    return f"unknown {type(event).__name__}"


@describe.register
def _(event: Click):
    return f"click@{event.x},{event.y}"


@describe.register(Key)
def _(event):
    return f"key {event.code.upper() if event.shift else event.code}x{event.repeat}"


def route(event):
    match event:
        case Click(x, y, button="right"):
            return "context-menu", (x, y)
        case Click(x=0 | 1, y=y):
            return "edge", y
        case Key(code="q" | "Q", shift=True):
            return "quit", None
        case Key(code=code, repeat=n) if n > 2:
            return "repeat", code * n
        case Scroll(delta=d) if d < 0:
            return "up", -d
        case {"type": "custom", **rest}:
            return "custom", sorted(rest)
        case [first, *others]:
            return "sequence", (first, len(others))
        case _:
            return "ignored", describe(event)


async def stream(events, per_batch):
    for batch in itertools.batched(events, per_batch):
        await asyncio.sleep(0.1)
        for e in batch:
            yield route(e)


async def main():
    events = [Click(5, 6, "right"), Click(1, 9), Key("q", shift=True), Key("a", repeat=3), Scroll(-2.5),
              Scroll(1.0), {"type": "custom", "b": 1, "a": 2}, [1, 2, 3], Key("z"), 42]
    seen = []
    async with aclosing(stream(events, 4)) as results:
        async for kind, value in results:
            seen.append(kind)
            print(f"{asyncio.get_running_loop().time():.1f} {kind=!s:<13} {value=}")
            if kind == "sequence":
                break
    print(seen, describe(Key("x")), describe(3.5), describe.registry.keys() >= {object, Click, Key})
    with suppress(TypeError):
        Key("a", True)
    print(Click(1, 2)._replace(button="mid"), Click._fields, Click(3, 4)._asdict(), "prefix-name".removeprefix("prefix-"))


asyncio.run(main())
