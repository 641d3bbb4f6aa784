# Built-in functions know their module: __module__ and __self__ (a decorator copying them, a
# registry keyed by module); methods bound to an object have none. Built-in modules say so.
import asyncio
import builtins
import functools
import gc
import math
import sys
import time


def registry_key(fn):
    return f"{fn.__module__}.{fn.__name__}"


async def main():
    print(len.__self__, max.__self__ is builtins)
    print(math.sqrt.__self__ is math, gc.collect.__self__ is gc)
    print([registry_key(f) for f in (len, max, math.floor, gc.isenabled)])
    items = []
    print(items.append.__self__ is items, items.append.__module__)
    wrapped = functools.wraps(abs)(lambda x: -x if x < 0 else x)
    print(wrapped.__module__, wrapped.__name__, wrapped(-3))
    print(sys, time, builtins)
    await asyncio.sleep(0)


asyncio.run(main())
