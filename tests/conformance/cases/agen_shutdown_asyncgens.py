import asyncio

async def gen():
    try:
        yield 1
        await asyncio.sleep(1)
        yield 2
    finally:
        print("closing gen")

async def main():
    global g
    g = gen()
    print(await anext(g))
    print("main returns with the generator suspended")

asyncio.run(main())
print("after asyncio.run")
asyncio.run(main())
