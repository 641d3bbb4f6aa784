# `x == x` and `x != x` are the operators, not a container's identity test: when x's __eq__ (or
# __ne__) declines, x is asked again as the right operand before identity answers. Containers
# (`in`, list.count, list ==) still take identity first and ask nobody.
import asyncio


class Declines:
    def __init__(self, name):
        self.name = name

    def __eq__(self, other):
        print(f'  {self.name}.__eq__({other.name})')
        return NotImplemented

    __hash__ = object.__hash__


class OwnNe(Declines):
    def __ne__(self, other):
        print(f'  {self.name}.__ne__({other.name})')
        return NotImplemented


class Answers(Declines):
    def __eq__(self, other):
        print(f'  {self.name}.__eq__({other.name}) answers')
        return 'yes'


async def main():
    await asyncio.sleep(0)
    d = Declines('d')
    print('d == d'); print(d == d)
    print('d != d'); print(d != d)
    print('d == other'); print(d == Declines('e'))
    o = OwnNe('o')
    print('o != o'); print(o != o)
    print('o == o'); print(o == o)
    a = Answers('a')
    print('a == a'); print(a == a)
    print('a != a'); print(a != a)
    print('containers')
    print(d in [d], [d].count(d), [d] == [d], (d,) == (d,), {d: 1}[d])


asyncio.run(main())
