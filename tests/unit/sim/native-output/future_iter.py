# asyncio.Future's __await__ and __iter__ (the C Future's FutureIter; the recorder's pure-Python
# Future has a generator instead): each call makes a new iterator; next() on a pending future
# yields the future itself (marked blocking), a second next() while it is pending is an error, once
# done it ends with the result (StopIteration) or raises the exception, then is exhausted;
# send/throw/close; a user __await__ returning it; `yield from` a future; iterating a future.
import asyncio


class Wrapper:
    def __init__(self, fut):
        self.fut = fut

    def __await__(self):
        return self.fut.__await__()


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    it = iter(fut)
    aw = fut.__await__()
    print(type(it).__name__, type(aw).__name__, type(it) is type(aw), it is aw)
    print(type(it).__module__, type(it).__qualname__, type(it))
    print(repr(it).split(" at ")[0])
    print(sorted(n for n in dir(it) if not n.startswith("__")))
    print("__await__" in dir(fut), "__iter__" in dir(fut), iter(it) is it)
    print("blocking before", fut._asyncio_future_blocking)
    print(next(it) is fut, "blocking after", fut._asyncio_future_blocking)
    try:
        next(it)
    except RuntimeError as e:
        print("second next:", e)
    fut.set_result(42)
    try:
        next(it)
    except StopIteration as e:
        print("stop", e.value, e.args)
    try:
        next(it)
    except StopIteration as e:
        print("exhausted", e.value, e.args)
    try:
        next(aw)
    except StopIteration as e:
        print("other iterator", e.value)

    f0 = loop.create_future()
    f0.set_result(None)
    try:
        next(iter(f0))
    except StopIteration as e:
        print("none result", e.value, e.args)

    f2 = loop.create_future()
    f2.set_exception(ValueError("bad"))
    try:
        next(f2.__await__())
    except ValueError as e:
        print("raised", repr(e))

    f3 = loop.create_future()
    g = f3.__await__()
    print("send", g.send(None) is f3)
    try:
        g.throw(KeyError("k"))
    except KeyError as e:
        print("thrown", repr(e))
    try:
        next(g)
    except StopIteration as e:
        print("after throw", e.args)
    try:
        g.throw(1)
    except TypeError as e:
        print("throw bad:", e)
    g2 = loop.create_future().__await__()
    print("close", g2.close())
    try:
        next(g2)
    except StopIteration as e:
        print("after close", e.args)

    f4 = loop.create_future()
    f4.cancel()
    try:
        next(iter(f4))
    except asyncio.CancelledError as e:
        print("cancelled", repr(e))

    print("zip", list(zip(range(1), iter(loop.create_future())))[0][1]._state)
    f5 = loop.create_future()
    f5.set_result("done")
    print("for over a done future:", [x for x in f5])

    f6 = loop.create_future()
    loop.call_later(0.5, f6.set_result, "woken")
    print("awaited", await Wrapper(f6))
    try:
        await fut.__await__()
    except TypeError as e:
        print("await it:", e)

    t = asyncio.ensure_future(asyncio.sleep(0.25, "slept"))
    print(type(t.__await__()).__name__, type(iter(t)).__name__)
    print(await Wrapper(t))

    def gen():
        return (yield from f7)

    f7 = loop.create_future()
    gi = gen()
    print("yield from", next(gi) is f7)
    f7.set_result(7)
    try:
        gi.send(None)
    except StopIteration as e:
        print("gen result", e.value)


asyncio.run(main())
