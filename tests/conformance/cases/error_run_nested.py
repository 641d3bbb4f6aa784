import asyncio

async def inner():
    return 1

async def main():
    coro = inner()
    try:
        asyncio.run(coro)
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(await coro)

asyncio.run(main())
try:
    asyncio.run("not a coroutine")
except ValueError as e:
    print("ValueError:", e)
