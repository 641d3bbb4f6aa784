# A loop callback that is a builtin (or not callable at all) and raises: the default handler's
# traceback holds asyncio's events.py frame alone.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(int, 'x')
    loop.call_soon(42)
    fut = loop.create_future()
    fut.add_done_callback(len)
    fut.set_result(None)
    await asyncio.sleep(0.01)
    print('done')


asyncio.run(main())
