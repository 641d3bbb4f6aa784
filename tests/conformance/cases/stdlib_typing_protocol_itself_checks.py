# isinstance()/issubclass() against typing.Protocol itself are plain class checks: they do not
# walk the protocols defined so far, so one with data members (which refuses issubclass()) does
# not make them raise (3.11 refuses isinstance() against Protocol, as against any protocol not
# runtime-checkable). The data-member protocol itself still allows isinstance() only.
import asyncio
from typing import Protocol, runtime_checkable


@runtime_checkable
class HasSize(Protocol):
    size: int

    def grow(self) -> int: ...


@runtime_checkable
class Closer(Protocol):
    def close(self) -> None: ...


class Box:
    size = 3

    def grow(self):
        self.size += 1
        return self.size

    async def close(self):
        await asyncio.sleep(0)


def check(label, fn):
    try:
        print(label, fn())
    except TypeError as e:
        print(label, 'TypeError:', e)


async def main():
    b = Box()
    check('issubclass(Box, HasSize)', lambda: issubclass(Box, HasSize))
    check('isinstance(b, Protocol)', lambda: isinstance(b, Protocol))
    check('isinstance(HasSize, Protocol)', lambda: isinstance(HasSize, Protocol))
    check('issubclass(HasSize, Protocol)', lambda: issubclass(HasSize, Protocol))
    check('issubclass(Closer, Protocol)', lambda: issubclass(Closer, Protocol))
    check('isinstance(b, HasSize)', lambda: isinstance(b, HasSize))
    check('isinstance(3, HasSize)', lambda: isinstance(3, HasSize))
    check('isinstance(b, Closer)', lambda: isinstance(b, Closer))
    check('issubclass(Box, Closer)', lambda: issubclass(Box, Closer))
    check('issubclass(int, Closer)', lambda: issubclass(int, Closer))
    await b.close()


asyncio.run(main())
