# A metaclass's __instancecheck__/__subclasscheck__ decide isinstance/issubclass (not for the exact
# type); ABCs still see only real subclasses; slice bounds may await; sys.exc_info() in a thread is
# that thread's own exception, not the one main is handling.
import abc
import asyncio
import sys
import threading


class Answer(type):
    def __instancecheck__(cls, inst):
        print("  check", cls.__name__, repr(inst))
        return inst == 42

    def __subclasscheck__(cls, sub):
        return sub is int


class Even(metaclass=Answer):
    pass


class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self): ...


class Square(Shape):
    def area(self):
        return 4


print(isinstance(42, Even), isinstance(3, Even), isinstance(Even(), Even), isinstance(42, (str, Even)))
print(issubclass(int, Even), issubclass(str, Even))
print(isinstance(Square(), Shape), isinstance(1, Shape), issubclass(Square, Shape), isinstance(Square(), (int, Shape)))


async def n(x):
    await asyncio.sleep(0.1)
    return x


async def main():
    s = "abcdefgh"
    print(s[await n(1):await n(6):await n(2)], s[:await n(3)], [1, 2, 3, 4][await n(1):])


asyncio.run(main())


def worker():
    print("thread sees", sys.exc_info()[0])
    try:
        raise KeyError("k")
    except KeyError:
        print("thread handles", sys.exc_info()[0].__name__, "x/y/z"[len("x/"):])


try:
    raise ValueError("main")
except ValueError:
    t = threading.Thread(target=worker)
    t.start()
    t.join()
    print("main handles", sys.exc_info()[0].__name__)
