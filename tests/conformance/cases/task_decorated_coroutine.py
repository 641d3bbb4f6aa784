import asyncio
import functools

def logged(fn):
    @functools.wraps(fn)
    async def wrapper(*args):
        print("calling", fn.__name__, args)
        result = await fn(*args)
        print("returned", result)
        return result
    return wrapper

@logged
async def add_later(a, b):
    await asyncio.sleep(0.5)
    return a + b

async def main():
    t = asyncio.create_task(add_later(1, 2))
    print(await t, t.get_coro().__qualname__)

asyncio.run(main())
