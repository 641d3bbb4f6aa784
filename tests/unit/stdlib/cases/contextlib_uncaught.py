# compare: stdout
# (Exceptions thrown into async generators leave reference cycles that CPython's GC frees
# at allocation-dependent times, so which finished generators shutdown_asyncgens() still
# closes, creating async_generator_athrow tasks, is not part of what is compared here.)
import asyncio
from contextlib import asynccontextmanager, contextmanager


@contextmanager
def guard(name):
    print("enter", name)
    try:
        yield name
    finally:
        print("exit", name)


@asynccontextmanager
async def session():
    print("open")
    try:
        yield "s"
    except KeyError:
        print("swallowed KeyError")
    finally:
        await asyncio.sleep(0.2)
        print("closed")


async def main():
    async with session() as s:
        raise KeyError(s)
    with guard("a"):
        async with session():
            await asyncio.sleep(1)
            raise RuntimeError("boom")


asyncio.run(main())
