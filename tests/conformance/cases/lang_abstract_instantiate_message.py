"""Instantiating an abstract class: 3.11 says 'with abstract methods a, b', 3.12 on say 'without an
implementation for abstract methods 'a', 'b'' (one method: no plural)."""
import asyncio
from abc import ABC, abstractmethod


class Storage(ABC):
    @abstractmethod
    def put(self, key, value): ...

    @abstractmethod
    def get(self, key): ...


class Half(Storage):
    def get(self, key):
        return key


class Whole(Half):
    def put(self, key, value):
        return None


for cls in (Storage, Half, Whole):
    try:
        print(type(cls()).__name__)
    except TypeError as e:
        print(e)


async def main():
    await asyncio.sleep(0.1)
    try:
        Half()
    except TypeError as e:
        print('in a task:', e)


asyncio.run(main())
