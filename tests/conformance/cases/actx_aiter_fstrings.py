import asyncio

class Resource:
    def __init__(self, name):
        self.name = name
    async def __aenter__(self):
        print("open", self.name)
        await asyncio.sleep(0.1)
        return self
    async def __aexit__(self, et, e, tb):
        print("close", self.name, et.__name__ if et else None)
        await asyncio.sleep(0.1)
        return et is KeyError

class Countdown:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.n <= 0:
            raise StopAsyncIteration
        self.n -= 1
        await asyncio.sleep(0.05)
        return self.n

async def main():
    async with Resource("a") as a, Resource("b") as b:
        print("using", a.name, b.name)
        raise KeyError("swallowed")
    print("after with")
    async for i in Countdown(3):
        print("count", i)
    try:
        async with Resource("c"):
            1 / 0
    except ZeroDivisionError as e:
        print("caught", e)
    results = await asyncio.gather(*[asyncio.sleep(0.1, result=i) for i in range(3)])
    print(results, sum(results))
    print(f"{'nested {braces}'!r} {{literal}} {3 + 4 = } {[1, 2]!s:>10}|")

asyncio.run(main())
