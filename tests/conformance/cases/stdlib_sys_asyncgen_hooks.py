# sys.get_asyncgen_hooks / sys.set_asyncgen_hooks: the pair is a struct sequence named
# asyncgen_hooks; a hook set by the program is called at an async generator's first iteration
# (firstiter) and when it is dropped unfinished (finalizer, the one installed when it started);
# a running loop installs its own bound methods and puts the program's back when it stops; bad
# arguments are refused with the C parser's messages.
import asyncio
import sys

h = sys.get_asyncgen_hooks()
print(h, type(h).__name__, type(h).__module__, h.firstiter, h[1], len(h), h == (None, None))
print(type(h).n_fields, type(h).__match_args__)
try:
    h.firstiter = print
except AttributeError as e:
    print("AttributeError", e)


def first(agen):
    print("firstiter", agen.__qualname__)


def fin(agen):
    print("finalizer", agen.__qualname__, agen.ag_running)


async def gen(n):
    try:
        for i in range(n):
            yield i
    finally:
        print("gen finally", n)


async def drive():
    g = gen(3)
    print(await g.__anext__())
    del g
    print("after del")
    g2 = gen(2)
    async for x in g2:
        print("x", x)
    print("exhausted")


print(sys.set_asyncgen_hooks(first, fin))
c = drive()
try:
    c.send(None)
except StopIteration:
    print("drive done")
print(sys.get_asyncgen_hooks().firstiter is first)


async def main():
    loop = asyncio.get_running_loop()
    h = sys.get_asyncgen_hooks()
    print(h.firstiter == loop._asyncgen_firstiter_hook, h.finalizer == loop._asyncgen_finalizer_hook)
    print(h.firstiter.__self__ is loop, h.firstiter.__func__.__qualname__, h.finalizer.__func__.__qualname__)
    g = gen(5)
    print(await anext(g))
    # Installed inside the loop: a generator started now gets these, not the loop's.
    sys.set_asyncgen_hooks(firstiter=None, finalizer=fin)
    g3 = gen(4)
    print(await anext(g3))
    del g3
    print("main end")
    kept.append(g)


kept = []
asyncio.run(main())
print(sys.get_asyncgen_hooks().firstiter is first, sys.get_asyncgen_hooks().finalizer is fin)


def bad(agen):
    raise ValueError("no first")


sys.set_asyncgen_hooks(firstiter=bad)


async def use():
    try:
        await anext(gen(1))
    except ValueError as e:
        print("ValueError", e)


c = use()
try:
    c.send(None)
except StopIteration:
    pass

for args, kw in [
    ((1,), {}),
    ((), {"finalizer": 1}),
    ((1,), {"finalizer": 2}),
    ((print,), {"firstiter": print}),
    ((1, 2, 3), {}),
    ((), {"first": print}),
]:
    try:
        sys.set_asyncgen_hooks(*args, **kw)
    except TypeError as e:
        print("TypeError", e)
try:
    sys.get_asyncgen_hooks(1)
except TypeError as e:
    print("TypeError", e)
print(sys.get_asyncgen_hooks().firstiter is bad)
sys.set_asyncgen_hooks(None, None)
print(sys.get_asyncgen_hooks(), sys.get_asyncgen_hooks, sys.set_asyncgen_hooks)
