# wait(return_when=FIRST_EXCEPTION) looks at a finished future's exception only while others are
# still pending: when the last one fails, its error is not retrieved by wait, and the task reports
# it when dropped; when another is pending, wait's check retrieves it (no report).
import asyncio, gc

async def boom(n):
    await asyncio.sleep(0.1 * n)
    raise ValueError(n)

async def main():
    ts = [asyncio.create_task(boom(1))]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_EXCEPTION)
    print(len(done), len(pending))
    del ts, done, pending
    gc.collect()
    ts = [asyncio.create_task(boom(1)), asyncio.create_task(boom(5))]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_EXCEPTION)
    print(len(done), len(pending))
    pending.pop().cancel()
    del ts, done, pending
    await asyncio.sleep(0)
    gc.collect()
    print("after")

asyncio.run(main())
print("end")
