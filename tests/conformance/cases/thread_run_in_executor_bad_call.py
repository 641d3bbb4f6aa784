# loop.run_in_executor passes positional arguments only: a keyword is the loop method's TypeError,
# named BaseEventLoop.run_in_executor() as CPython names it; functools.partial carries keywords.
import asyncio
import functools
import time


def resize(image, size, quality=90):
    time.sleep(0.1)
    return f"{image}@{size}q{quality}"


async def main():
    loop = asyncio.get_running_loop()
    print(loop.run_in_executor.__qualname__, loop.set_default_executor.__name__)
    try:
        loop.run_in_executor(None, resize, "x.png", 64, quality=5)
    except TypeError as e:
        print("TypeError:", e)
    try:
        loop.set_default_executor()
    except TypeError as e:
        print("TypeError:", e)
    print(await loop.run_in_executor(None, functools.partial(resize, "y.png", 32, quality=50)))
    print(await loop.run_in_executor(None, resize, "z.png", 16))


asyncio.run(main())
