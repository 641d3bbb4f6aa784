# Generator-based coroutines (types.coroutine), as explanations of "how await works" write them:
# a bare yield hands the loop one turn (what asyncio.sleep(0) does), `yield from` a future waits for it.
import asyncio
import inspect
import types


@types.coroutine
def switch():
    yield


@types.coroutine
def wait_for_future(fut):
    result = yield from fut
    doubled = yield from twice(result)
    return f"future gave {result}, doubled {doubled}"


async def twice(n):
    await asyncio.sleep(0.1)
    return n * 2


async def worker(name, turns, log):
    for i in range(turns):
        log.append(f"{name}{i}")
        await switch()
    return name


def plain_generator():
    yield "not a coroutine"


async def main():
    log = []
    print(await asyncio.gather(worker("a", 3, log), worker("b", 2, log)))
    print(log)
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(0.5, fut.set_result, 42)
    print(await wait_for_future(fut), loop.time() >= 0.5)
    gen = switch()
    # asyncio.iscoroutine counted every generator a coroutine before 3.12.
    print(inspect.isawaitable(gen), inspect.isawaitable(plain_generator()), asyncio.iscoroutine(gen))
    print(asyncio.iscoroutine(plain_generator()))
    print(bool(switch.__code__.co_flags & 0x100), bool(plain_generator.__code__.co_flags & 0x100))
    gen.close()

    async def native():
        return 1

    print(types.coroutine(native) is native, inspect.iscoroutinefunction(switch))
    try:
        types.coroutine(42)
    except TypeError as e:
        print("TypeError:", e)
    for not_awaitable in (plain_generator(), 5, [1]):
        try:
            await not_awaitable
        except TypeError as e:
            print("TypeError:", e)
    wrapped = types.coroutine(lambda: plain_generator())
    try:
        print(await wrapped())
    except RuntimeError as e:
        print("RuntimeError:", str(e).split(" in task")[0])


asyncio.run(main())
