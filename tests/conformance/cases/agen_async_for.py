import asyncio

async def ticker(n, delay):
    for i in range(n):
        await asyncio.sleep(delay)
        yield i

async def consume(name, delay):
    async for value in ticker(3, delay):
        print(name, "got", value)
    return name

async def main():
    print(await asyncio.gather(consume("fast", 0.1), consume("slow", 0.25)))

asyncio.run(main())
