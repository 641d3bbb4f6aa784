"""A crawler prints its queue as it goes: str() and repr() of a queue show the items,
waiting getters and putters, unfinished tasks (and, from 3.13, a shut-down queue)."""
import asyncio


class UrlQueue(asyncio.Queue):
    pass


def show(q):
    text = repr(q)
    # repr adds the address: keep what follows it
    print(str(q), "|", text[: text.index(" at ")], text[text.index(" maxsize"):])


async def fetch(name, q, done):
    while True:
        url = await q.get()
        await asyncio.sleep(0.1 * len(url) % 0.3)
        done.append((name, url))
        q.task_done()


async def main():
    q = asyncio.Queue()
    show(q)
    for url in ["/a", "/bb", "/ccc"]:
        q.put_nowait(url)
    show(q)
    done = []
    workers = [asyncio.create_task(fetch(f"w{i}", q, done)) for i in range(2)]
    await asyncio.sleep(0)
    show(q)
    await q.join()
    await asyncio.sleep(0)
    show(q)
    print(done)
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    show(q)

    small = asyncio.LifoQueue(maxsize=1)
    small.put_nowait("first")
    putter = asyncio.create_task(small.put("second"))
    await asyncio.sleep(0)
    show(small)
    print(small.get_nowait(), f"{small}")
    await putter
    show(small)

    pq = asyncio.PriorityQueue()
    for job in [(3, "low"), (1, "urgent"), (2, "normal"), (1, "also urgent")]:
        pq.put_nowait(job)
    show(pq)
    uq = UrlQueue(5)
    uq.put_nowait("/x")
    show(uq)
    print("%s and %r" % (uq, type(uq).__name__), [str(uq)])
    if hasattr(uq, "shutdown"):
        uq.shutdown()
        print(str(uq).replace(" shutdown", ""), "shutdown" in str(uq))


asyncio.run(main())
