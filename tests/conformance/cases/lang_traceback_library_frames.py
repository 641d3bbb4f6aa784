# exc.__traceback__ through library code written in Python: traceback.extract_tb names CPython's
# functions and files for the frames of json, asyncio.wait_for, asyncio.timeout and TaskGroup.
import asyncio
import json
import os
import traceback


def frames(e):
    return [(f.name, os.path.basename(f.filename), f.lineno)
            for f in traceback.extract_tb(e.__traceback__)]


async def slow():
    await asyncio.sleep(1)


async def boom():
    raise ValueError('boom')


async def main():
    try:
        json.loads('{')
    except ValueError as e:
        print('json', frames(e))
        tb = e.__traceback__.tb_next
        print(tb.tb_frame.f_code.co_name, os.path.basename(tb.tb_frame.f_code.co_filename))
    try:
        json.loads('[1, 2')
    except json.JSONDecodeError as e:
        print('json again', frames(e))
    try:
        await asyncio.wait_for(slow(), 0.01)
    except (TimeoutError, asyncio.TimeoutError) as e:
        print('wait_for', frames(e))
    if hasattr(asyncio, 'timeout'):
        try:
            async with asyncio.timeout(0.01):
                await slow()
        except TimeoutError as e:
            print('timeout', frames(e))
    if hasattr(asyncio, 'TaskGroup'):
        try:
            async with asyncio.TaskGroup() as tg:
                tg.create_task(boom())
        except BaseExceptionGroup as eg:
            print('taskgroup', frames(eg), frames(eg.exceptions[0]))


asyncio.run(main())
