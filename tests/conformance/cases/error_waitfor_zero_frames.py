# wait_for with no time at all (timeout 0 or less): the three ways out of that branch, with the
# frames of each traceback (wait_for's too, as CPython's file and line): a future that already
# failed gives its exception, a started task that fails while being cancelled gives that failure,
# and one that is cancelled gives TimeoutError from the CancelledError (left uncaught, so the run
# ends on it). Not a waitfor_ case: the parity harness runs those over our tasks.py under CPython,
# whose frames would be ours.
import asyncio
import os
import traceback


async def sleepy():
    await asyncio.sleep(1)


async def refuses():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        raise ValueError("cleanup failed")


def show(e):
    # The recorder patches Future.result (a frame of its own): only these functions' frames.
    for f in traceback.extract_tb(e.__traceback__):
        if f.name in ("main", "wait_for", "refuses"):
            print(" ", os.path.basename(f.filename), f.lineno, f.name, f.line)
    print(" ", type(e).__name__, e, type(e.__context__).__name__)


async def main():
    fut = asyncio.get_running_loop().create_future()
    fut.set_exception(KeyError("early"))
    try:
        await asyncio.wait_for(fut, 0)
    except KeyError as e:
        show(e)
    task = asyncio.create_task(refuses())
    await asyncio.sleep(0)
    try:
        await asyncio.wait_for(task, 0)
    except ValueError as e:
        show(e)
    try:
        await asyncio.wait_for(sleepy(), 0)
    except TimeoutError as e:
        show(e)
    await asyncio.wait_for(sleepy(), -1)


asyncio.run(main())
