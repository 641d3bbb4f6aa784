# asyncio.Runner's states and options: nothing to close before first use, a loop made lazily (by
# loop_factory when given, then not set as the current loop), one context shared by the runs that
# give none; errors for a non-coroutine (3.14: one that is not awaitable, checked after the loop is
# made), a run inside a running loop, any use after close() (twice).
import asyncio
import contextvars

var = contextvars.ContextVar("var", default="unset")


async def remember(value):
    seen = var.get()
    var.set(value)
    await asyncio.sleep(0.1)
    return seen


async def nested(runner):
    inner = remember("inner")
    try:
        runner.run(inner)
    except RuntimeError as e:
        print("nested:", e)
    inner.close()
    return asyncio.get_running_loop() is runner.get_loop()


fresh = asyncio.Runner()
fresh.close()
fresh.close()
print("closed before use")

made = []


def factory():
    loop = asyncio.new_event_loop()
    made.append(loop)
    return loop


r = asyncio.Runner(loop_factory=factory)
print("factory calls before use:", len(made))
loop = r.get_loop()
print("factory calls:", len(made), loop is made[0])
print("run 1 saw", r.run(remember("first")))
print("run 2 saw", r.run(remember("second")))
print("own context saw", r.run(remember("third"), context=contextvars.copy_context()))
print("run 4 saw", r.run(remember("fourth")), "outside:", var.get())
print("nested same loop:", r.run(nested(r)))


class Later:
    def __await__(self):
        return (yield from asyncio.sleep(0.1, "awaited").__await__())


for thing in (42, Later()):
    try:
        print("non-coroutine:", r.run(thing))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, str(e).replace(hex(id(thing)), "0x..."))
r.close()
print("loop closed:", loop.is_closed())
r.close()
for attempt in (r.get_loop, lambda: r.run(remember("late")), lambda: r.run(42)):
    try:
        attempt()
    except (RuntimeError, ValueError) as e:
        print("after close:", type(e).__name__, e)
try:
    with r:
        pass
except RuntimeError as e:
    print("with after close:", e)

with asyncio.Runner() as plain:
    print("plain:", plain.run(remember("plain")))
    print("current loop:", asyncio.get_event_loop() is plain.get_loop())
