# Caret lines under the failing part of a traceback's line (CPython 3.11+), as traceback and
# logging print them: operators, subscripts, attributes, calls (nested, in a longer line, in a
# called function: each frame its own), names, awaits in a task, and lines left without carets.
import asyncio
import logging
import os
import sys
import traceback


def here(text):
    """The text with this file's base name, not its absolute path."""
    return text.replace(__file__, os.path.basename(__file__))


class Here(logging.Formatter):
    def format(self, record):
        return here(super().format(record))


handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(Here("%(levelname)s %(message)s"))
logging.getLogger().addHandler(handler)

d = {"a": 1}


class Box:
    pass


box = Box()


def divide(x):
    return 1 / x


def add(a, b):
    return a + b


def outer():
    return divide(0)


def call_in_line():
    x = 1 + divide(0) + 2


def binop_type():
    y = 3
    z = y + "s"


def key_error():
    v = d["zz"] + 1


def spaced_key():
    r = d ["zz"]


def attr_error():
    w = [box.missing, 1]


def attr_chain():
    x = box.missing.other


def nested_calls():
    q = len(str(int("abc")))


def bare_call():
    divide(0)


def raise_line():
    raise ValueError("x")


def name_error():
    x = undefined_name + 1


def return_subscript():
    return d["zz"]


def whole_division():
    1 / 0


def parenthesised():
    x = (1) +  "a"


def call_result():
    x = d.get(1)(2)


def method_missing():
    box.missing()


def compare_error():
    x = 1 < "a"


def unary_error():
    x = -"a"


def return_call():
    return add(1, "s")


def assign_call():
    x = add(1, "s")


def keyword_call():
    y = 1; add(1, b="s")


def gen():
    yield 1
    raise ValueError("g")


def for_loop():
    for x in gen():
        pass


def assert_test():
    assert 1 == 2, "no"


def multi_line():
    x = add(
        1,
        "s")


cases = [call_in_line, binop_type, key_error, spaced_key, attr_error, attr_chain, nested_calls,
         bare_call, raise_line, name_error, return_subscript, whole_division, parenthesised,
         call_result, method_missing, compare_error, unary_error, return_call, assign_call,
         keyword_call, for_loop, assert_test, multi_line, outer]

for case in cases:
    try:
        case()
    except Exception:
        print(here(traceback.format_exc()), end="")

try:
    outer()
except ZeroDivisionError as e:
    print(here("".join(traceback.format_exception(e))), end="")
    logging.exception("logged")


async def failing():
    await asyncio.sleep(0)
    return 1 + divide(0)


async def in_task():
    try:
        y = [await failing()]
    except ZeroDivisionError:
        print(here(traceback.format_exc()), end="")


async def main():
    await asyncio.create_task(in_task())


asyncio.run(main())
