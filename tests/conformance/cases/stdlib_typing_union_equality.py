"""typing.Union compares as a set of members: Union[int, str] == Union[str, int], Optional[X] is
Union[None, X] in any order, equal unions hash alike (one dict key), and an `X | Y` union equals
the typing one."""
import asyncio
from typing import Optional, Union

print(Union[int, str] == Union[str, int], Optional[int] == Union[None, int], Union[int, str] == (str | int))
print(len({Union[int, str], Union[str, int]}), Union[int, str] != Union[int, bytes])
print(Union[int, list[int]] == Union[list[int], int], hash(Union[int, str]) == hash(Union[str, int]))
handlers = {Union[int, float]: 'number', Optional[str]: 'maybe text'}
print({int | str: 1}.get(str | int), len({int | None, None | int}))


async def lookup(tp):
    await asyncio.sleep(0.1)
    return handlers.get(tp, 'unknown')


async def main():
    print(await asyncio.gather(lookup(Union[float, int]), lookup(Union[None, str]), lookup(Union[bytes, int])))


asyncio.run(main())
