"""sys.set_coroutine_origin_tracking_depth: a coroutine made while the depth is n keeps where it was
made in cr_origin (n frames out from its caller, innermost first), and the warning for one never
awaited then lists them (file names shown relative here); asyncio's debug mode sets depth 10 while its loop runs and puts the
program's depth back after."""
import asyncio
import os
import sys
import warnings


async def job():
    return 1


def make():
    return job()


def outer():
    return make()


def where(coro):
    return [(os.path.basename(f), line, name) for f, line, name in coro.cr_origin]


print("default:", sys.get_coroutine_origin_tracking_depth())
c = job()
print("untracked:", c.cr_origin)
c.close()

sys.set_coroutine_origin_tracking_depth(3)
print("depth:", sys.get_coroutine_origin_tracking_depth())
c = outer()
print("origin:", where(c), c.cr_origin[0][0] == __file__)
c.close()
sys.set_coroutine_origin_tracking_depth(depth=1)
c = outer()
print("depth 1:", where(c))
c.close()

for bad in (-1, "2", 1.5, 2**40):
    try:
        sys.set_coroutine_origin_tracking_depth(bad)
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
for args, kwargs in (((), {}), ((1, 2), {}), ((), {"deep": 1})):
    try:
        sys.set_coroutine_origin_tracking_depth(*args, **kwargs)
    except TypeError as e:
        print("TypeError", e)
try:
    sys.get_coroutine_origin_tracking_depth(1)
except TypeError as e:
    print("TypeError", e)
print("after the errors:", sys.get_coroutine_origin_tracking_depth())


async def report(label):
    print(label, sys.get_coroutine_origin_tracking_depth())


asyncio.run(report("in a debug-mode loop:"), debug=True)
print("after it:", sys.get_coroutine_origin_tracking_depth())
asyncio.run(report("in a plain loop:"))


async def switch_on():
    loop = asyncio.get_running_loop()
    loop.set_debug(True)
    print("set_debug(True), same step:", sys.get_coroutine_origin_tracking_depth())
    await asyncio.sleep(0)
    print("next step:", sys.get_coroutine_origin_tracking_depth())
    loop.set_debug(False)
    await asyncio.sleep(0)
    print("after set_debug(False):", sys.get_coroutine_origin_tracking_depth())


asyncio.run(switch_on())

here = os.path.dirname(os.path.abspath(__file__)) + os.sep
sys.set_coroutine_origin_tracking_depth(2)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    c = outer()
    c = None
    c = make()
    del c
    print("leaving the block")
sys.set_coroutine_origin_tracking_depth(0)
for w in caught:
    print(w.category.__name__, w.lineno, str(w.message).replace(here, ""))
