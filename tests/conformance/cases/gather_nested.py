import asyncio

async def leaf(name, delay):
    await asyncio.sleep(delay)
    print("leaf", name)
    return name

async def branch(prefix):
    return await asyncio.gather(leaf(prefix + "1", 0.2), leaf(prefix + "2", 0.1))

async def main():
    result = await asyncio.gather(branch("a"), branch("b"), leaf("c", 0.15))
    print(result)
    inner = asyncio.gather(leaf("x", 0.1), leaf("y", 0.1))
    outer = await asyncio.gather(inner, leaf("z", 0.05))
    print(outer)

asyncio.run(main())
