# The private _callbacks list tutorials print: empty at first (None from CPython's C Future, [] from
# the pure-Python one the recorder runs: both print False below), (callback, context) pairs, and the
# internal wakeup a waiting task adds.
import asyncio
def on_done(f):
    print("done callback sees", f.result())
async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print(bool(fut._callbacks))
    fut.add_done_callback(on_done)
    cbs = fut._callbacks
    print(len(cbs), cbs[0][0] is on_done, type(cbs[0][1]).__name__)
    t = asyncio.create_task(asyncio.wait_for(fut, 5))
    await asyncio.sleep(0)
    print(len(fut._callbacks))
    fut.set_result(7)
    print(bool(fut._callbacks), await t)
asyncio.run(main())
