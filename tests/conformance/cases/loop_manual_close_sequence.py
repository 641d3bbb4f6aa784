# The loop run by hand, closed as the docs show (and as asyncio.run does): the tasks that
# shutdown_asyncgens() and shutdown_default_executor() run in are asyncio's own, and still take
# Task-N numbers, so the program's next task is Task-4.
import asyncio


async def numbers():
    try:
        for n in range(10):
            yield n
            await asyncio.sleep(0.1)
    finally:
        print('numbers closed at', round(asyncio.get_running_loop().time() - start, 1))


async def main():
    gen = numbers()
    print('first two:', await anext(gen), await anext(gen))
    print('main is', asyncio.current_task().get_name())


loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
start = loop.time()
try:
    loop.run_until_complete(main())
finally:
    coro = loop.shutdown_asyncgens()
    print(type(coro).__name__, coro.__qualname__)
    loop.run_until_complete(coro)
    loop.run_until_complete(loop.shutdown_default_executor())
    asyncio.set_event_loop(None)
    loop.close()


async def later():
    await asyncio.sleep(0.2)
    print('later is', asyncio.current_task().get_name())


print(asyncio.run(later()))
