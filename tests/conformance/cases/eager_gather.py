# gather of eager tasks: each child starts inside gather's ensure_future; when all of them
# finished eagerly the gather is done before it is awaited.
import asyncio


async def now(n):
    print("now", n)
    return n


async def later(n):
    print("later starts", n)
    await asyncio.sleep(0.01 * n)
    print("later ends", n)
    return n


async def main():
    asyncio.get_running_loop().set_task_factory(asyncio.eager_task_factory)
    g = asyncio.gather(now(1), now(2), now(3))
    print("gather done before await:", g.done())
    print(await g)
    g2 = asyncio.gather(later(3), now(4), later(1))
    print("second gather done:", g2.done())
    print(await g2)
    print(await asyncio.gather(now(5), later(2), return_exceptions=True))


asyncio.run(main())
