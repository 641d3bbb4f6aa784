"""An enum whose _generate_next_value_ comes after a member that used auto() is refused (CPython
fills each auto() in as the class body runs); defined first, it names the members."""
import asyncio
import enum


try:
    class Color(enum.Enum):
        RED = enum.auto()

        def _generate_next_value_(name, start, count, last_values):
            return name.lower()
        GREEN = enum.auto()
except TypeError as e:
    print('refused:', e)


class Level(enum.Enum):
    LOW = 10

    def _generate_next_value_(name, start, count, last_values):
        return name.lower()
    HIGH = enum.auto()


class Step(enum.Enum):
    def _generate_next_value_(name, start, count, last_values):
        return f'{name.lower()}-{count}'
    FETCH = enum.auto()
    PARSE = enum.auto()


async def main():
    for s in Step:
        await asyncio.sleep(0.1)
        print(s, s.value)
    print(list(Level))


asyncio.run(main())
