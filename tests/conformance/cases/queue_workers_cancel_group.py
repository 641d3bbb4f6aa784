import asyncio

async def worker(q, name):
    while True:
        job = await q.get()
        try:
            if job == 3:
                raise RuntimeError(f"{name} failed on {job}")
            await asyncio.sleep(job / 10)
            print(name, "did", job)
        except RuntimeError as e:
            print("error:", e)
        finally:
            q.task_done()

async def main():
    q = asyncio.Queue()
    for j in range(6):
        q.put_nowait(j)
    workers = [asyncio.create_task(worker(q, f"w{i}")) for i in range(2)]
    await q.join()
    print("all done, cancelling")
    for w in workers:
        w.cancel()
    res = await asyncio.gather(*workers, return_exceptions=True)
    print([repr(r) for r in res])
    t = asyncio.create_task(asyncio.sleep(1))
    await asyncio.sleep(0)
    t.cancel("stop now")
    try:
        await t
    except asyncio.CancelledError as e:
        print("cancelled with", e.args, t.cancelled())
    raise ExceptionGroup("many", [ValueError("a"), TypeError("b")])

asyncio.run(main())
