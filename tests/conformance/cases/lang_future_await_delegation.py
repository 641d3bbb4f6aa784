# An awaitable class whose __await__ hands back its future's own __await__() (a common pattern for
# hand-made awaitables), awaited by two tasks that a timer wakes, and a generator-based coroutine
# that does `yield from` a future and from iter(future).
import asyncio
import types


class Ticket:
    def __init__(self, fut, name):
        self.fut = fut
        self.name = name

    def __await__(self):
        print(self.name, "awaited, done:", self.fut.done())
        return self.fut.__await__()


@types.coroutine
def legacy(fut):
    first = yield from fut
    second = yield from iter(fut)
    return first, second


async def waiter(ticket):
    value = await ticket
    print(ticket.name, "got", value, "at", asyncio.get_running_loop().time() - START)
    return value


async def main():
    global START
    loop = asyncio.get_running_loop()
    START = loop.time()
    fut = loop.create_future()
    a = asyncio.create_task(waiter(Ticket(fut, "a")))
    b = asyncio.create_task(waiter(Ticket(fut, "b")))
    loop.call_later(0.3, fut.set_result, "ready")
    print(await asyncio.gather(a, b))
    print("again", await Ticket(fut, "c"))
    late = loop.create_future()
    loop.call_later(0.2, late.set_result, 5)
    print("legacy", await legacy(late))
    failing = loop.create_future()
    loop.call_later(0.1, failing.set_exception, KeyError("gone"))
    try:
        await Ticket(failing, "d")
    except KeyError as e:
        print("d raised", repr(e))


asyncio.run(main())
