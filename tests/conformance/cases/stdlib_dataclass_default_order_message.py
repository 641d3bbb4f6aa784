"""A dataclass field without a default after one with a default is refused; 3.13 on name the
default field too ('follows default argument 'a''), 3.11 and 3.12 do not."""
import asyncio
from dataclasses import dataclass, field

try:
    @dataclass
    class Job:
        name: str = 'job'
        retries: int
except TypeError as e:
    print(e)

try:
    @dataclass
    class Task:
        tags: list = field(default_factory=list)
        owner: str
except TypeError as e:
    print(e)


@dataclass
class Ok:
    owner: str
    tags: list = field(default_factory=list)


async def main():
    await asyncio.sleep(0.1)
    print(Ok('ann'))


asyncio.run(main())
