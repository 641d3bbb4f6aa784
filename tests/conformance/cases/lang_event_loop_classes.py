# The loop class has CPython's MRO (_UnixSelectorEventLoop, BaseSelectorEventLoop, BaseEventLoop,
# AbstractEventLoop, object); asyncio.SelectorEventLoop is that class and calling it makes a new
# loop. (The running loop's own type is not printed: the recorder runs programs on a subclass. No
# 3.14 golden: Pyodide's CPython cannot make a selector loop.)
import asyncio


def names(cls):
    return [c.__module__ + '.' + c.__qualname__ for c in cls.__mro__]


async def main():
    loop = asyncio.get_running_loop()
    print(isinstance(loop, asyncio.AbstractEventLoop), isinstance(loop, asyncio.BaseEventLoop))
    print(isinstance(loop, asyncio.SelectorEventLoop))


print(names(asyncio.SelectorEventLoop))
print(asyncio.SelectorEventLoop.__name__, asyncio.BaseEventLoop.__module__, asyncio.AbstractEventLoop.__module__)
asyncio.run(main())
loop = asyncio.SelectorEventLoop()
print(names(type(loop)))
print(type(loop).__name__, loop.is_closed(), loop.is_running())
loop.close()
print(loop)
