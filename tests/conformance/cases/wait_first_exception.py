import asyncio

async def job(delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise OSError(f"failed after {delay}")
    return delay

async def main():
    ts = [asyncio.create_task(job(0.1)), asyncio.create_task(job(0.2, True)), asyncio.create_task(job(0.5))]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_EXCEPTION)
    print(len(done), len(pending))
    for t in ts:
        if t in done:
            print(t.get_name(), "exception:", t.exception())
    for t in pending:
        t.cancel()
    done, pending = await asyncio.wait(pending)
    print("after cancel:", [t.cancelled() for t in done], len(pending))

asyncio.run(main())
