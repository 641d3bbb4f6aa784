# 3.14 (PEP 649) evaluates a class's annotations when they are first read; earlier versions in the body.
import asyncio
from dataclasses import dataclass, fields

try:
    class Job:
        after: Job | None = None
        owner: Worker
        tries: int = 3
    print("class made", sorted(k for k in vars(Job) if "annot" in k))
except NameError as e:
    print("in the body:", e)
    Job = None


class Worker:
    name: str


if Job is not None:
    print(Job.__annotations__)
    print(Job.__annotations__ is Job.__annotations__)


class Base:
    a: int


class Child(Base):
    b: str


class Empty:
    pass


print(Base.__annotations__, Child.__annotations__, Empty.__annotations__)


@dataclass
class Item:
    price: float
    qty: int = 1


print(Item(2.5), [f.name for f in fields(Item)], [f.type for f in fields(Item)])


async def main():
    @dataclass
    class Step:
        n: int
        later: list[Step] | None = None

    s = Step(1, [Step(2)])
    await asyncio.sleep(0.1)
    print(s.later[0].n, [f.name for f in fields(Step)])


try:
    asyncio.run(main())
except NameError as e:
    print("dataclass:", e)
