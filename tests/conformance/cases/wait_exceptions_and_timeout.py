import asyncio

class NotEnough(Exception):
    def __init__(self, need, have):
        super().__init__(f"need {need}, have {have}")
        self.need = need

async def risky(i):
    await asyncio.sleep(i / 10)
    if i == 2:
        raise NotEnough(5, i)
    return i

async def main():
    tasks = [asyncio.create_task(risky(i), name=f"risky-{i}") for i in range(4)]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print(sorted(t.get_name() for t in done), sorted(t.get_name() for t in pending))
    for t in pending:
        t.cancel()
    res = await asyncio.gather(*tasks, return_exceptions=True)
    print([type(r).__name__ for r in res])
    try:
        raise RuntimeError("outer") from NotEnough(1, 0)
    except RuntimeError as e:
        print(e, "caused by", repr(e.__cause__), e.__cause__.need)
    async with asyncio.timeout(0.25) as cm:
        try:
            await asyncio.sleep(1)
        finally:
            print("expired?", cm.expired())

asyncio.run(main())
