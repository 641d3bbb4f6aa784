import asyncio


async def job():
    await asyncio.sleep(0.1)


def plain():
    return 1


async def main():
    for f in (job, plain, job):
        print(f.__name__, asyncio.iscoroutinefunction(f))
    print(asyncio.iscoroutinefunction(main))
    await job()


asyncio.run(main())
