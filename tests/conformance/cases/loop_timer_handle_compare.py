# asyncio's TimerHandle orders by its time and is equal to another with the same time, callback,
# arguments and cancelled state (a cancelled one has let go of its callback); a handle's
# get_context() is the context its callback runs in.
import asyncio
import contextvars

var = contextvars.ContextVar("var", default="none")


def cb(*a):
    print("cb", a, var.get())


async def main():
    loop = asyncio.get_running_loop()
    t = loop.time() + 10
    a = loop.call_at(t, cb, 1)
    b = loop.call_at(t, cb, 1)
    c = loop.call_at(t, cb, 2)
    d = loop.call_at(t + 1, cb)
    print(a == b, a == c, a != c, a < d, d > a, a <= b, a >= c, a < c, a == 5, a != "x")
    print(sorted([d, a], key=lambda h: h.when()) == [a, d], min(d, a) is a)
    try:
        a < 1
    except TypeError as e:
        print("TypeError:", e)
    a.cancel()
    c.cancel()
    print(a == b, a == c, a <= c, b >= a)
    h = loop.call_soon(cb, "x")
    print(type(h.get_context()).__name__, h == h, h != loop.call_soon(cb, "x"))
    var.set("set before")
    ctx = contextvars.copy_context()
    var.set("changed after")
    h2 = loop.call_later(0.1, cb, "ctx", context=ctx)
    print(h2.get_context() is ctx, h2.get_context().get(var))
    await asyncio.sleep(0.2)
    for x in (b, d):
        x.cancel()


asyncio.run(main())
