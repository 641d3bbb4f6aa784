# Caret lines (CPython 3.11+) under failures the first caret case left out: inside comprehensions
# and generator expressions, `del d[k]`, tuple unpacking, a for loop's iterable, `(await t) + x`,
# an attribute/subscript chain, the headers of `async with` and `async for`, f-string expressions,
# a keyword call spread over lines and asserts whose test is not a plain comparison.
import asyncio
import os
import traceback


def here(text):
    """The text with this file's base name, not its absolute path."""
    return text.replace(__file__, os.path.basename(__file__))


def show():
    print(here(traceback.format_exc()), end="")


def five():
    return 5


class Box:
    pass


box = Box()
box.items = {"k": Box()}


def list_comp():
    y = [1 / x for x in [1, 0]]


def gen_exp():
    y = sum(1 / x for x in [1, 0])


def dict_comp():
    y = {x: 1 / x for x in [1, 0]}


def comp_iterable():
    y = [x for x in 5]


def del_key():
    d = {}
    del d["k"]


def unpack_many():
    a, b = [1, 2, 3]


def unpack_few():
    a, b, c = five(), 2


def for_int():
    for x in 5:
        pass


def for_call():
    for x in five():
        pass


def gen():
    yield 1
    raise ValueError("g")


def for_gen_one_line():
    for x in gen(): print(x)


def chain():
    q = box.items["k"].missing


def f_string():
    s = f"{1 / 0:>3}"


def f_string_attr():
    s = f"a{five().x}b"


def keyword_call():
    sorted(
        [1, "a"],
        key=None,
        reverse=False,
    )


def assert_call():
    v = 1; assert len([]), "e"


def assert_not():
    v = 1; assert not box, "e"


def assert_chain():
    v = 1; assert 0 < 1 < 0


cases = [list_comp, gen_exp, dict_comp, comp_iterable, del_key, unpack_many, unpack_few, for_int,
         for_call, for_gen_one_line, chain, f_string, f_string_attr, keyword_call, assert_call,
         assert_not, assert_chain]

for case in cases:
    try:
        case()
    except Exception:
        show()


async def one():
    return 1


class Failing:
    async def __aenter__(self):
        raise ValueError("enter")

    async def __aexit__(self, *exc):
        pass


async def agen():
    yield 1
    raise ValueError("ag")


async def await_add():
    t = asyncio.ensure_future(one())
    y = (await t) + "a"


async def with_enter():
    async with Failing() as c:
        pass


async def with_not_cm():
    async with five() as c:
        pass


async def for_not_iterable():
    async for x in five():
        pass


async def for_anext():
    async for x in agen():
        pass


async def main():
    for case in [await_add, with_enter, with_not_cm, for_not_iterable, for_anext]:
        try:
            await case()
        except Exception:
            show()


asyncio.run(main())
