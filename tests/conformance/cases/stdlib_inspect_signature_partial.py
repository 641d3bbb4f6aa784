# inspect.signature of a functools.partial: given positionals are gone, given keywords become
# defaults, and a positional-or-keyword parameter given by keyword turns it and the rest keyword-only.
import functools
import inspect


def f(a, b=2, *, c, d=4):
    pass


def g(x, y, /, z, *rest, flag=False, **opts):
    pass


def h(p, q, r=3):
    return p, q, r


cases = [functools.partial(f, 1, c=0), functools.partial(f, b=5), functools.partial(f, 1, 2),
         functools.partial(g, 1), functools.partial(g, 1, 2, 3, 4), functools.partial(g, 1, 2, z=9),
         functools.partial(g, 1, 2, flag=True, extra=1), functools.partial(h, q=1),
         functools.partial(functools.partial(h, 1), r=7)]
for p in cases:
    try:
        sig = inspect.signature(p)
        print(sig, [(n, prm.kind.name) for n, prm in sig.parameters.items()])
    except (ValueError, NotImplementedError) as e:
        print(type(e).__name__)
for bad in (functools.partial(h, 1, 2, 3, 4), functools.partial(g, 1, y=2)):
    try:
        inspect.signature(bad)
    except ValueError as e:
        print("ValueError:", str(e).split(" has ")[1])
print(functools.partial(h, q=1)(5, r=0), inspect.signature(functools.partial(h, q=1)).bind(5).arguments)
# a positional-only parameter given by keyword where **kwargs could take it: 3.11/3.12 refuse it,
# 3.13 puts it in **kwargs, 3.14 says it is missing
sig_g = inspect.signature(g)
for call in (lambda: sig_g.bind_partial(1, y=2), lambda: sig_g.bind(1, 5, 3, y=2)):
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)
