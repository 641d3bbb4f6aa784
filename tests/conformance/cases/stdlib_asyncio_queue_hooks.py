# asyncio.Queue's storage as queues.py keeps it: a subclass overriding the _init/_put/_get hooks
# (a de-duplicating queue, a bounded history, a priority queue calling super()), and a program
# reading or clearing q._queue or the counters _unfinished_tasks / _maxsize.
import asyncio
import collections


class UniqueQueue(asyncio.Queue):
    def _init(self, maxsize):
        self._queue = collections.deque()
        self._seen = set()

    def _put(self, item):
        if item in self._seen:
            return
        self._seen.add(item)
        self._queue.append(item)


class Newest(asyncio.Queue):
    def _init(self, maxsize):
        self._queue = collections.deque(maxlen=3)


class Logged(asyncio.PriorityQueue):
    log = []

    def _put(self, item):
        self.log.append(("put", item))
        super()._put(item)

    def _get(self):
        item = super()._get()
        self.log.append(("get", item))
        return item


class Stack(asyncio.LifoQueue):
    def _get(self):
        return "<" + super()._get() + ">"


async def consumer(q, out):
    while True:
        item = await q.get()
        out.append(item)
        q.task_done()


async def main():
    u = UniqueQueue()
    for url in ["a", "b", "a", "c", "b", "d"]:
        u.put_nowait(url)
    print(u.qsize(), u._unfinished_tasks, u, repr(u)[:9])
    out = []
    task = asyncio.create_task(consumer(u, out))
    await asyncio.sleep(0)
    await u.put("e")
    await u.put("a")
    try:
        await asyncio.wait_for(u.join(), 0.1)
    except TimeoutError:
        print("join timed out: duplicates counted as unfinished", u._unfinished_tasks)
    print(out, u.empty(), u.qsize())
    task.cancel()

    n = Newest()
    for i in range(6):
        n.put_nowait(i)
    print(n.qsize(), list(n._queue), [n.get_nowait() for _ in range(n.qsize())], n.empty())

    p = Logged(maxsize=3)
    for v in (5, 1, 3):
        await p.put(v)
    print(p.full(), p, p._maxsize, p.maxsize)
    print([await p.get() for _ in range(3)], Logged.log)

    s = Stack()
    for w in "xyz":
        s.put_nowait(w)
    print(s.get_nowait(), s.qsize(), s)

    q = asyncio.Queue()
    for i in range(5):
        q.put_nowait(i)
    print(q._queue, type(q._queue).__name__, q._unfinished_tasks, q._maxsize)
    q._queue.rotate(1)
    print(q.get_nowait(), q.qsize())
    q._queue.clear()
    print(q.empty(), q.qsize(), q._unfinished_tasks, q)
    waiter = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    q.put_nowait("late")
    print(await waiter, q.qsize())
    pq = asyncio.PriorityQueue()
    for v in (4, 2, 9, 1):
        pq.put_nowait(v)
    print(pq._queue, pq.get_nowait(), pq._queue)
    pq._queue.append(0)
    print(pq.qsize(), pq.get_nowait())


asyncio.run(main())
