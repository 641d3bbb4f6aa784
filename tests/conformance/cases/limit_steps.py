import asyncio

async def spinner(name):
    n = 0
    while True:
        n += 1
        if n % 1000 == 0:
            print(name, n)
        await asyncio.sleep(0)

async def main():
    await asyncio.gather(spinner("a"), spinner("b"))

asyncio.run(main())
