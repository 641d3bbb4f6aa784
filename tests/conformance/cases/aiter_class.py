import asyncio

class Countdown:
    def __init__(self, start):
        self.current = start

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.current <= 0:
            raise StopAsyncIteration
        await asyncio.sleep(0.1)
        self.current -= 1
        return self.current + 1

class Awaitable:
    def __await__(self):
        yield from asyncio.sleep(0.3).__await__()
        return "custom awaitable result"

async def main():
    async for n in Countdown(3):
        print("countdown", n)
    print(await Awaitable())
    it = aiter(Countdown(2))
    print(await anext(it), await anext(it), await anext(it, "default"))

asyncio.run(main())
