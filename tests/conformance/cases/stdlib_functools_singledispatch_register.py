# functools.singledispatch's register() as CPython checks it: plain @register reads the first
# annotation through typing.get_type_hints (string annotations and `from __future__ import
# annotations` resolved in the function's module; a return annotation counts when it is the
# only one), unions and Optional register each member, and each refusal has CPython's message.
from __future__ import annotations

from functools import singledispatch, singledispatchmethod
from typing import Optional, Union


class Money:
    def __init__(self, cents):
        self.cents = cents


@singledispatch
def show(x):
    return f"object {x!r}"


@show.register
def _(x: int) -> str:
    return f"int {x:+d}"


@show.register
def _(x: Money):
    return f"money {x.cents / 100:.2f}"


@show.register
def _(x: Union[list, tuple]):
    return "items " + ", ".join(show(i) for i in x)


def returns_only(x) -> float:
    return f"float {x}"


show.register(returns_only)
print([show(v) for v in [3, Money(1250), [1, Money(5)], (2.5,), "s", None]])


def optional(x: Optional[bytes]):
    return "bytes or None"


show.register(optional)
print(show(None), show(b"x"), show.dispatch(type(None)).__name__)


def pipe(x: str | bytearray, y: int = 0):
    return "text-ish"


show.register(pipe)
print(show("s"), show(bytearray()), sorted(t.__name__ for t in show.registry))

refusals = [
    lambda: show.register(3, lambda x: 0),
    lambda: show.register("int", lambda x: 0),
    lambda: show.register(3),
    lambda: show.register(lambda x: 0),
]


def generic(x: list[int]):
    return 0


def unions(x: int | list[int]):
    return 0


def literal(x: "3"):
    return 0


refusals += [lambda: show.register(generic), lambda: show.register(unions), lambda: show.register(literal)]
for bad in refusals:
    try:
        bad()
        print("registered")
    except TypeError as e:
        print("TypeError:", str(e).replace(" at 0x", " at ").split(" at ")[0])


class Renderer:
    @singledispatchmethod
    def render(self, obj):
        return "?"

    @render.register
    def _(self, obj: Money):
        return f"${obj.cents // 100}"

    @render.register
    def _(self, obj: bool):
        return "yes" if obj else "no"


r = Renderer()
print(r.render(Money(300)), r.render(True), r.render(1))
