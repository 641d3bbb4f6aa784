# throw(type, value, traceback), the signature deprecated in 3.12 (DeprecationWarning at the caller,
# once per line by the default filter), on generators, coroutines, async generators (athrow) and
# asyncio futures' iterators: the value becomes the class's instance (a tuple its arguments, an
# instance of the class kept as it is), and the refusals of bad arguments.
import asyncio


def gen():
    try:
        yield 1
    except Exception as e:
        print("caught", repr(e))
        yield 2


class Loud(Exception):
    def __init__(self, *args):
        print("Loud", args)
        super().__init__(*args)


def started():
    g = gen()
    next(g)
    return g


print(started().throw(ValueError, ValueError("v"), None))
print(started().throw(ValueError, "msg"))
print(started().throw(ValueError, (1, 2)))
print(started().throw(Loud, Loud(3)))
print(started().throw(Loud, 7, None))
print(started().throw(KeyError("single")))
for args in [(5,), (ValueError(), 1), (ValueError, 1, 5), (int,), (ValueError, None, None)]:
    try:
        started().throw(*args)
    except BaseException as e:
        print(type(e).__name__, e, e.args)


def twice():
    g = started()
    print(g.throw(TypeError, 1))


twice()
twice()


class Step:
    def __await__(self):
        yield


async def co():
    try:
        await Step()
    except KeyError as e:
        print("co caught", repr(e))
    return "done"


c = co()
c.send(None)
try:
    c.throw(KeyError, KeyError('k'), None)
except StopIteration as stop:
    print("stop", stop.value)


async def agen():
    try:
        yield 1
    except KeyError as e:
        print("agen caught", repr(e))
        yield 2


async def main():
    a = agen()
    print(await a.asend(None))
    print(await a.athrow(KeyError, KeyError('z'), None))
    b = agen()
    print(await b.__anext__())
    print(await b.athrow(KeyError, 'text'))
    await a.aclose()
    await b.aclose()
    fut = asyncio.get_running_loop().create_future()
    it = fut.__await__()
    next(it)
    try:
        it.throw(ValueError, 3)
    except ValueError as e:
        print("future", repr(e))


asyncio.run(main())
