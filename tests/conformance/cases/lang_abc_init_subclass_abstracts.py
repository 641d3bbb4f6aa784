# A class's __abstractmethods__ is its own (type's descriptor reads the class's dict): inside
# __init_subclass__, before ABCMeta has computed it, a subclass has none and does not answer with
# its base's. A runtime-checkable protocol with data members works with isinstance (only
# issubclass refuses it).
import abc
import asyncio
from typing import Protocol, runtime_checkable


class Plugin(abc.ABC):
    registry = []
    seen = []

    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Plugin.seen.append((cls.__name__, getattr(cls, "__abstractmethods__", None)))
        if not getattr(cls, "__abstractmethods__", None):
            Plugin.registry.append(cls.__name__)

    @abc.abstractmethod
    def run(self): ...


class Impl(Plugin):
    def run(self):
        return "ran"


class Still(Plugin):
    pass


class Plain:
    pass


class PlainChild(Plain):
    pass


@runtime_checkable
class Named(Protocol):
    name: str

    def area(self) -> float: ...


class Square:
    name = "square"

    def area(self):
        return 4.0


class Nameless:
    def area(self):
        return 1.0


class Explicit(Named):
    name = "x"

    def area(self):
        return 0.0


async def main():
    await asyncio.sleep(0)
    print(Plugin.registry, Plugin.seen)
    print(sorted(Plugin.__abstractmethods__), Impl.__abstractmethods__, sorted(Still.__abstractmethods__))
    print("__abstractmethods__" in Impl.__dict__, hasattr(Plain, "__abstractmethods__"), hasattr(PlainChild, "__abstractmethods__"))
    try:
        Plain.__abstractmethods__
    except AttributeError as e:
        print("AttributeError:", e)
    try:
        Still()
    except TypeError as e:
        print("TypeError:", e)
    print(isinstance(Square(), Named), isinstance(Nameless(), Named), isinstance(Explicit(), Named), isinstance(3, Named))
    try:
        issubclass(Square, Named)
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
