# A subclass of asyncio.Future: its instances are futures (awaitable, gathered, called back), its
# own __init__ passes loop= on to Future.__init__, and its overridden set_result / cancel run when
# the loop or the program completes it.
import asyncio


class Doubling(asyncio.Future):
    def set_result(self, result):
        print("Doubling.set_result", result)
        super().set_result(result * 2)


class Tagged(asyncio.Future):
    def __init__(self, tag, *, loop=None):
        super().__init__(loop=loop)
        self.tag = tag

    def cancel(self, msg=None):
        print(f"cancel {self.tag} ({msg})")
        return super().cancel(msg)


async def main():
    loop = asyncio.get_running_loop()
    d = Doubling()
    loop.call_later(0.01, d.set_result, 21)
    print(repr(d), d.done())
    print(await d, repr(d), isinstance(d, asyncio.Future), asyncio.isfuture(d), d.get_loop() is loop)
    tags = [Tagged(name, loop=loop) for name in "abc"]
    for i, t in enumerate(tags):
        t.add_done_callback(lambda f: print("done", f.tag, f.cancelled() or f.result()))
        loop.call_later(0.01 * (i + 1), t.set_result, i)
    print(await asyncio.gather(*tags))
    slow = Tagged("slow")
    try:
        await asyncio.wait_for(slow, 0.05)
    except TimeoutError:
        print("timed out:", slow.cancelled(), slow.tag)
    waiter = Tagged("waiter")
    task = asyncio.create_task(asyncio.sleep(0.01, "slept"))
    task.add_done_callback(lambda t: waiter.set_result(t.result()))
    print(await waiter, type(loop.create_future()).__name__)
    bad = Doubling()
    bad.set_exception(KeyError("k"))
    try:
        await bad
    except KeyError as e:
        print("KeyError", e)


asyncio.run(main())
