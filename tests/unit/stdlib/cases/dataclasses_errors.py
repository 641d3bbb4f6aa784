import asyncio
from dataclasses import dataclass, field


@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0


async def main():
    v = Version(1)
    print(v, v < Version(1, 1), sorted([Version(2), Version(1, 5)]))
    await asyncio.sleep(0.5)
    v.major = 3


asyncio.run(main())
