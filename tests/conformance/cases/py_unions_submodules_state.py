import asyncio
import asyncio.exceptions
from asyncio.tasks import gather, create_task
from asyncio import events


class Item:
    pass


async def fetch(key: str, retries: int | None = None) -> dict[str, int] | None:
    await asyncio.sleep(0.1 * (retries or 1))
    if key == "bad":
        raise asyncio.exceptions.CancelledError()
    return {key: retries or 0}


async def main():
    t = asyncio.create_task(coro=fetch("a", 2))
    u = create_task(fetch("b"), name="b-task")
    bad = asyncio.create_task(fetch("bad"))
    print(t._state, u._state, u.get_name(), events.get_running_loop() is asyncio.get_running_loop())
    results = await gather(t, u, bad, return_exceptions=True)
    print([type(r).__name__ for r in results], t._state, u._state, bad._state)
    slow = asyncio.create_task(asyncio.sleep(5))
    await asyncio.sleep(0)
    slow.cancel()
    try:
        await slow
    except asyncio.exceptions.CancelledError:
        print("cancelled", slow._state, slow.cancelled())
    opt = int | None
    print(opt, str | int | None, Item | None, opt == (None | int), (int | str) == (str | int), opt.__args__)
    print(isinstance(3, int | str), isinstance("x", opt), isinstance(None, opt), issubclass(bool, int | float))
    print(fetch.__annotations__["retries"], int | int, asyncio.tasks.sleep is asyncio.sleep)


asyncio.run(main())
