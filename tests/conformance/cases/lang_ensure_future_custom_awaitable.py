# ensure_future / gather of an object with __await__: asyncio wraps it in a coroutine that calls
# __await__ at the task's first step, not when the task is made; the task's steps sit in __await__.
import asyncio


class Reply:
    def __init__(self, n):
        self.n = n

    def __await__(self):
        print("__await__ called", self.n)
        return asyncio.sleep(0.1 * self.n, self.n).__await__()


class Delay:
    def __init__(self, seconds, value):
        self.seconds = seconds
        self.value = value

    def __await__(self):
        print("delay starts", self.value)
        yield from asyncio.sleep(self.seconds).__await__()
        print("delay ends", self.value)
        return self.value


async def main():
    t = asyncio.ensure_future(Reply(1))
    print("ensure_future returned", t.get_coro().__qualname__)
    g = asyncio.gather(Reply(2), Delay(0.05, "d"))
    print("gather returned")
    print(await t, await g)
    print(await asyncio.gather(Delay(0.2, "x"), Delay(0.1, "y")))


asyncio.run(main())
