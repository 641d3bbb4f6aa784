# Traceback, frame and code objects: exc.__traceback__ chains from the frame that caught the
# exception down to the raise; re-raising adds frames; with_traceback and __traceback__ = None.
import sys


def parse(s):
    return int(s)


def middle(s):
    x = s * 2
    return parse(x)


def chain(tb):
    out = []
    while tb is not None:
        f = tb.tb_frame
        out.append((f.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out


try:
    middle("a")
except ValueError as e:
    print(chain(e.__traceback__))
    print(type(e.__traceback__).__name__, type(e.__traceback__.tb_frame).__name__)
    print(e.__traceback__ is e.__traceback__, isinstance(e.__traceback__.tb_lasti, int))
    inner = e.__traceback__.tb_next.tb_frame
    print(inner.f_lineno, e.__traceback__.tb_next.tb_next.tb_frame.f_lineno)
    print(inner.f_code.co_name, sorted(inner.f_locals.items()), inner.f_back.f_code.co_name)
    print(sys.exc_info()[2] is e.__traceback__)
    saved = e


def outer():
    try:
        middle("b")
    except ValueError as e:
        print("outer sees", chain(e.__traceback__))
        raise


try:
    outer()
except ValueError as e:
    print("module sees", chain(e.__traceback__))


def reraise(err):
    raise err


try:
    reraise(saved)
except ValueError as e:
    print("raised again", chain(e.__traceback__))
    tb = e.__traceback__

try:
    raise KeyError("k").with_traceback(tb)
except KeyError as e:
    print("with_traceback", chain(e.__traceback__))
    e.__traceback__ = None
    print("cleared", e.__traceback__)
    try:
        e.__traceback__ = 5
    except TypeError as t:
        print(t)


def gen():
    yield 1
    raise RuntimeError("in gen")


async def coro():
    return 1


async def agen():
    yield 1


class K:
    @staticmethod
    def static():
        pass

    def method(self, a, /, b, *args, c=3, **kw):
        "doc"
        total = a + b

        def inner():
            return total

        return inner


def simple(p, q=2):
    r = p + q
    return r


try:
    list(gen())
except RuntimeError as e:
    print("gen", chain(e.__traceback__))

lam = lambda v: v
for fn in (simple, gen, coro, agen, K.static, K.method, K().method(1, 2), lam):
    co = fn.__code__
    print(co.co_name, co.co_qualname, co.co_firstlineno, co.co_argcount, co.co_posonlyargcount,
          co.co_kwonlyargcount, co.co_varnames, hex(co.co_flags), co.co_filename.split("/")[-1])
inner = K().method(1, 2)
print([c.cell_contents for c in inner.__closure__], simple.__closure__)
print(K.method.__kwdefaults__, simple.__kwdefaults__, simple.__globals__["__name__"])


import traceback

try:
    middle("c")
except ValueError as e:
    # Frames only: file names without their folder, no caret lines (3.11+ adds them).
    for text in traceback.format_tb(e.__traceback__):
        for line in text.splitlines():
            if line.startswith('  File "'):
                path, rest = line[len('  File "') :].split('"', 1)
                print(path.split("/")[-1], rest)
            elif line.strip(" ~^"):
                print(line)
    for fs in traceback.extract_tb(e.__traceback__):
        print(fs.filename.split("/")[-1], fs.lineno, fs.name, fs.line, len(fs))
    print([(f.f_code.co_name, n) for f, n in traceback.walk_tb(e.__traceback__)])
    print(len(traceback.extract_tb(e.__traceback__, limit=2)))
    print(traceback.format_list([("x.py", 3, "f", "return 1")]))

import asyncio
import os


def own(tb):
    # The program's frames only: awaiting a task passes through asyncio's own files.
    me = os.path.basename(__file__)
    return [(n, l) for n, l, f in ((tb.tb_frame.f_code.co_name, tb.tb_lineno, tb.tb_frame.f_code.co_filename)
                                   for tb in _tbs(tb)) if os.path.basename(f) == me]


def _tbs(tb):
    while tb is not None:
        yield tb
        tb = tb.tb_next


async def failing(n):
    await asyncio.sleep(0.1)
    raise LookupError(n)


async def main():
    try:
        await failing(1)
    except LookupError as e:
        print("awaited", own(e.__traceback__))
    t = asyncio.create_task(failing(2))
    try:
        await t
    except LookupError as e:
        print("task", own(e.__traceback__))
        print(len(traceback.format_tb(e.__traceback__, limit=1)))


asyncio.run(main())


class Broken:
    try:
        x = 1 // 0
    except ZeroDivisionError as e:
        print("class body", chain(e.__traceback__), e.__traceback__.tb_frame.f_code.co_name)


class Reporter:
    def __enter__(self):
        return self

    def __exit__(self, et, ev, tb):
        print("exit", et.__name__ if et else None, chain(tb) if tb else tb, tb is ev.__traceback__ if ev else None)
        return True


class AsyncReporter:
    async def __aenter__(self):
        return self

    async def __aexit__(self, et, ev, tb):
        print("aexit", chain(tb))
        return True


def in_with():
    with Reporter():
        middle("w")
    with Reporter():
        pass


async def in_async_with():
    async with AsyncReporter():
        await asyncio.sleep(0)
        middle("aw")


in_with()
asyncio.run(in_async_with())
