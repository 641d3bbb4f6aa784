import asyncio
import copy
from collections import deque


class History(deque):
    """A bounded history that remembers a label."""

    def __init__(self, items=(), limit=3):
        super().__init__(items, maxlen=limit)
        self.label = "recent"

    def last(self):
        return self[-1]


async def crawl(start):
    # Breadth-first over a tiny link graph, with the frontier in a deque.
    links = {"/": ["/a", "/b"], "/a": ["/c"], "/b": ["/c", "/d"], "/c": [], "/d": ["/"]}
    seen, frontier, order = {start}, deque([start]), []
    while frontier:
        page = frontier.popleft()
        order.append(page)
        await asyncio.sleep(0.01)
        for link in links[page]:
            if link not in seen:
                seen.add(link)
                frontier.append(link)
    return order


async def main():
    print(await crawl("/"))
    d = deque([1, 2, 3], maxlen=5)
    print(list(d.__iter__()), list(reversed(d)), list(d.__reversed__()), 2 in d, d.__contains__(9))
    print(d + deque([4]), (d + deque([4])).maxlen)
    for bad in ([1], (1,)):
        try:
            d + bad
        except TypeError as exc:
            print("TypeError:", exc)
    d += [7, 8]
    print(d, d * 2, 2 * deque([0]), deque([1, 2]) * 0)
    d[0] = 100
    del d[1]
    print(d)
    print(deque([1, 2]) == deque([1, 2]), deque([1]) != deque([2]), [deque()] == [deque()], deque([1]) == [1])
    print(deque([1, 2]) < deque([1, 3]), deque([2]) >= deque([1, 9]), deque() <= deque())
    try:
        deque([1]) < [1]
    except TypeError as exc:
        print("TypeError:", exc)
    d2 = deque(range(3))
    d2.insert(1, "x")
    d2.insert(-10, "front")
    d2.reverse()
    print(d2)
    full = deque([1, 2], maxlen=2)
    try:
        full.insert(0, 0)
    except IndexError as exc:
        print("IndexError:", exc)
    h = History([1, 2, 3, 4])
    print(type(h).__name__, h, h.last(), h.label, h.maxlen, isinstance(h, deque))
    h2 = copy.copy(h)
    print(type(h2).__name__, h2, h2 is h)
    print(copy.copy(deque([1, 2], 4)), copy.deepcopy(deque([[1]])), deque([1]).__reduce__()[:3])
    it = iter(full)
    full.append(9)
    try:
        next(it)
    except RuntimeError as exc:
        print("RuntimeError:", exc)
    print(type(iter(deque())).__name__, type(reversed(deque())).__name__)
    for key in ("a", slice(0, 1), 5):
        try:
            deque([1])[key]
        except (TypeError, IndexError) as exc:
            print(type(exc).__name__ + ":", exc)
    for probe in (lambda: hash(deque()), lambda: deque().nope, lambda: {deque(): 1}):
        try:
            probe()
        except (TypeError, AttributeError) as exc:
            print(type(exc).__name__ + ":", exc)


asyncio.run(main())
