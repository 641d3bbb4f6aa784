# A TaskGroup's errors come out of its __aexit__ (3.14: __aexit__ awaiting _aexit, two frames)
# in the traceback python3 prints: its tasks' errors, the body's own error, a group within a
# group. Library paths are cut to the part under Lib/ (each install puts it elsewhere).
import asyncio
import os
import re
import traceback


def show():
    text = traceback.format_exc().replace(__file__, os.path.basename(__file__))
    print(re.sub(r'File "[^"]*/lib/python3\.?\d+(\.zip)?/', 'File "LIB/', text))


async def fail(delay, exc):
    await asyncio.sleep(delay)
    raise exc


async def group_error():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(fail(0.1, ValueError("one")))
        tg.create_task(fail(0.2, KeyError("two")))
        await asyncio.sleep(1)


async def body_error():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(asyncio.sleep(1))
        await asyncio.sleep(0.1)
        raise LookupError("body")


async def nested():
    async with asyncio.TaskGroup() as outer:
        outer.create_task(group_error())
        await asyncio.sleep(1)


async def main():
    for f in (group_error, body_error, nested):
        try:
            await f()
        except BaseException:
            show()


asyncio.run(main())
