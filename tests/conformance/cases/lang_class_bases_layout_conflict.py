# A class statement whose bases' instance layouts do not nest is refused ("multiple bases have
# instance lay-out conflict"): two classes with __slots__ of their own, two built-in types with
# fields of their own (int and str, list and dict, Exception and int), or one of each. A base
# that adds no fields (no __slots__, only __dict__/__weakref__ slots, KeyError over Exception)
# goes with anything; __base__ is the base with the widest layout. A base named twice is refused
# before the MRO is worked out ("duplicate base class").
import asyncio


class Slotted:
    __slots__ = ('a',)


class Other:
    __slots__ = ('b',)


class Plain:
    pass


class DictOnly:
    __slots__ = ('__dict__', '__weakref__')


class Wider(Slotted):
    __slots__ = ('c',)


class Sub(Slotted):
    pass


def make(*bases):
    names = [b.__name__ for b in bases]
    try:
        cls = type('C', bases, {})
    except TypeError as e:
        print(names, 'TypeError:', e)
    else:
        print(names, '__base__', cls.__base__.__name__)


async def main():
    await asyncio.sleep(0)
    make(Slotted, Other)
    make(Plain, Slotted)
    make(Slotted, Plain)
    make(Slotted, DictOnly)
    make(DictOnly, Other)
    make(Sub, Other)
    make(Wider, Slotted, Plain)
    make(Plain, DictOnly)
    make(int, Slotted)
    make(int, str)
    make(list, dict)
    make(Exception, int)
    make(dict, Slotted)
    make(KeyError, OSError)
    make(OSError, KeyError)
    make(Slotted, Sub, Slotted)
    make(Plain, Plain)
    try:
        class Twice(Sub, Plain, Sub):
            pass
    except TypeError as e:
        print('class statement TypeError:', e)
    try:
        class Conflict(Sub, Other, Sub):
            pass
    except TypeError as e:
        print('class statement TypeError:', e)


asyncio.run(main())
