# The reprs of an async generator and of its awaitables name their types ('async_generator',
# with an underscore), also inside create_task's TypeError; messages say 'async generator'.
import asyncio


def head(obj):
    return repr(obj).split(" at 0x")[0]


async def numbers():
    yield 1
    yield 2
    yield 3


async def main():
    g = numbers()
    print(head(g), type(g).__name__, type(g).__qualname__)
    print(f"{g!s}".split(" at 0x")[0])
    aw = g.asend(None)
    print(head(aw), "|", type(aw).__name__, "|", await aw)
    aw = anext(g)
    print(head(aw), "|", type(aw).__name__, "|", await aw)
    try:
        asyncio.create_task(g)
    except TypeError as e:
        print("create_task:", str(e).split(" at 0x")[0])
    aw = g.aclose()
    print(head(aw), "|", type(aw).__name__, "|", await aw)
    print(head(g))
    try:
        await g.asend(5)
    except StopAsyncIteration:
        print("closed", head(g))

    def plain():
        yield 0

    print(head(plain()), head(numbers))


asyncio.run(main())
