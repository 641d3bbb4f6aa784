# inspect.Signature.bind's message for a missing argument: 'keyword-only' (from 3.12) only for the
# first parameter the positional arguments leave unfilled; one missing after it is 'a required argument'.
import asyncio
import inspect


def f(a, b="x", *, c): ...
def g(a, *, c, d): ...
def h(*, c): ...
def k(a, *args, c): ...
def m(a, b, /, c, *, d): ...
def n(a, *, c=1, d): ...


async def main():
    await asyncio.sleep(0)
    attempts = [
        (f, (1,), {}), (g, (1,), {}), (g, (1,), {"c": 2}), (h, (), {}), (k, (1, 2), {}),
        (m, (1, 2), {}), (m, (1, 2, 3), {}), (m, (1,), {}), (n, (1,), {}), (g, (), {"c": 1}),
    ]
    for fn, args, kwargs in attempts:
        try:
            print(fn.__name__, inspect.signature(fn).bind(*args, **kwargs).arguments)
        except TypeError as e:
            print(fn.__name__, args, kwargs, "->", e)
    print(inspect.signature(g).bind_partial(1).arguments)


asyncio.run(main())
