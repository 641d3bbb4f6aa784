"""Word counts from concurrent fetchers: Counter arithmetic and most_common ties, OrderedDict
move_to_end/popitem and its repr (a list of pairs before 3.12), ChainMap layers, defaultdict,
namedtuple defaults and a bounded deque."""
import asyncio
from collections import Counter, OrderedDict, ChainMap, defaultdict, namedtuple, deque

async def count_words(text):
    await asyncio.sleep(0.01)
    return Counter(text.split())

async def main():
    cs = await asyncio.gather(count_words("a b a c b a d"), count_words("b b e a"))
    c1, c2 = cs
    print(c1, c2)
    print(c1 + c2, c1 - c2, c1 & c2, c1 | c2, +Counter(a=-1, b=2), -Counter(a=-1, b=2))
    print(c1.most_common(2), c1.most_common(), Counter("abracadabra").most_common(3))
    print(Counter("zyzyx").most_common(), sorted(c1.elements()), c1.total(), c1["zz"])
    c3 = c1.copy(); c3.subtract(c2); print(c3, c3 == Counter(a=2, b=0, c=1, d=1, e=-1))
    c3.update("aa"); c3.update({"q": 5}); print(c3)
    print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) <= Counter(a=2), repr(Counter()))
    od = OrderedDict.fromkeys("abcde")
    od.move_to_end("b"); od.move_to_end("e", last=False)
    print(od, list(od), od.popitem(), od.popitem(last=False))
    print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1))
    print(list(reversed(od)), repr(OrderedDict()))
    base = {"host": "localhost", "port": 80}
    env = {"port": 8080}
    cm = ChainMap(env, base)
    print(cm["port"], cm["host"], len(cm), list(cm), dict(cm), cm)
    child = cm.new_child({"debug": True})
    child["port"] = 1
    print(child, child.parents, env, cm.maps)
    try:
        del cm["host"]
    except KeyError as e:
        print("KeyError", e)
    dd = defaultdict(list)
    for k, v in [("x", 1), ("y", 2), ("x", 3)]:
        dd[k].append(v)
    print(dd, dict(dd), dd.default_factory, defaultdict(int)["z"])
    P = namedtuple("P", "x y", defaults=[0])
    p = P(1)
    print(p, p._asdict(), p._replace(y=5), P._fields, P._field_defaults, p + (3,), P._make([7, 8]))
    try:
        P(1, 2, 3)
    except TypeError as e:
        print(e)
    dq = deque(range(5), maxlen=4)
    dq.rotate(2); dq.appendleft(9)
    print(dq, dq.maxlen, dq.count(2), dq.index(9))

asyncio.run(main())
