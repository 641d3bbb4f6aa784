import bisect
import heapq
import json
import statistics
import textwrap
from collections import Counter, OrderedDict, deque, namedtuple
from datetime import date, datetime, timedelta
from functools import lru_cache, reduce
from itertools import accumulate, groupby, islice, pairwise

Point = namedtuple("Point", "x y")


@lru_cache(maxsize=32)
def cost(n):
    return n * n % 17


heap = []
for i in range(300):
    heapq.heappush(heap, (i * 7919) % 1000)
print([heapq.heappop(heap) for _ in range(5)], heapq.nlargest(3, heap))

xs = []
for i in range(200):
    bisect.insort(xs, (i * 37) % 101)
print(xs[:8], bisect.bisect_left(xs, 50))

d = deque(maxlen=10)
od = OrderedDict()
for i in range(150):
    d.append(i)
    od[i % 13] = i
    od.move_to_end(i % 5)
print(list(d), list(od)[:6])

c = Counter(w for w in "the cat and the hat and the bat".split() * 40)
print(c.most_common(3))

pts = [Point(i, i * 2)._replace(y=i) for i in range(120)]
print(pts[-1], reduce(lambda a, p: a + p.x, pts, 0))

day = date(2024, 2, 27)
stamp = datetime(2024, 3, 30, 23, 0)
for i in range(120):
    day += timedelta(days=1)
    stamp += timedelta(minutes=17)
print(day.isoformat(), stamp.isoformat(), day.weekday(), stamp.strftime("%a %H:%M"))

print(list(accumulate(range(10))), [k for k, _ in groupby("aabbbccd")], list(islice(pairwise(range(100)), 3)))
print(sum(cost(i % 40) for i in range(400)), cost.cache_info())

blob = json.dumps([{"id": i, "tags": ["a", str(i)]} for i in range(80)], sort_keys=True)
for i in range(60):
    back = json.loads(blob)
print(len(back), back[7])

for i in range(60):
    text = textwrap.fill("word " * (i % 30 + 5), width=20)
print(text.splitlines()[:2])

print([statistics.mean([i, i + 1, i + 5]) for i in range(70)][-3:], statistics.median(range(101)))
try:
    json.loads('{"id": 1,,}')
except json.JSONDecodeError as e:
    print("json:", e)
statistics.mean([])
