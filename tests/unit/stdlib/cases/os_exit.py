# run: python
# os._exit ends the process where it is: no except, no finally, no pending task runs again.
import asyncio
import os


async def worker():
    try:
        print('worker starts', flush=True)
        await asyncio.sleep(1)
        print('worker ends')
    finally:
        print('worker finally')


async def main():
    asyncio.create_task(worker())
    await asyncio.sleep(0.5)
    print('exiting', flush=True)
    try:
        os._exit(3)
    except BaseException:
        print('caught')
    finally:
        print('finally')


asyncio.run(main())
