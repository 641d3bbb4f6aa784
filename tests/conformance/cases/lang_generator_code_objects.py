# A generator's gi_code, a coroutine's cr_code and an async generator's ag_code are their function's code object (co_name, co_qualname, co_firstlineno, co_filename's base name), before, during and after they run.
import asyncio
import os


def numbers(n):
    yield from range(n)


class Feed:
    def items(self):
        yield 1

    async def fetch(self):
        await asyncio.sleep(0)
        return "done"

    async def stream(self):
        yield "x"


g = numbers(2)
print(g.gi_code.co_name, g.gi_code is numbers.__code__, list(g), g.gi_code.co_firstlineno)
f = Feed()
it = f.items()
print(it.gi_code.co_qualname, it.gi_code.co_name, os.path.basename(it.gi_code.co_filename))


async def main():
    c = f.fetch()
    print(c.cr_code.co_qualname, c.cr_code is Feed.fetch.__code__, await c, c.cr_code.co_firstlineno)
    a = f.stream()
    print(a.ag_code.co_qualname, [x async for x in a], a.ag_code.co_name)
    print(main.__code__ is asyncio.current_task().get_coro().cr_code)


asyncio.run(main())
