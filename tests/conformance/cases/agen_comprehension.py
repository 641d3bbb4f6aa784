import asyncio

async def numbers(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i

async def square(x):
    await asyncio.sleep(0.1)
    return x * x

async def main():
    evens = [x async for x in numbers(6) if x % 2 == 0]
    print(evens)
    squares = [await square(x) for x in range(3)]
    print(squares)
    mapping = {x: await square(x) async for x in numbers(3)}
    print(mapping)
    total = sum([x async for x in numbers(5)])
    print("total", total)

asyncio.run(main())
