import asyncio
from collections import Counter, defaultdict, deque, namedtuple

Pair = namedtuple("Pair", "left right")

async def main():
    s = "Hello, World"
    print(s.lower(), s.split(", "), s[::-1], s.find("o"), s.replace("l", "L", 2))
    print(" pad ".strip() + "|", "a,b,,c".split(","), "-".join(["x", "y"]), s.startswith("He"))
    print(len("한글"), "한글".encode("utf-8"), "ß".upper(), "Title case words".title())
    c = Counter("mississippi")
    print(c.most_common(2), c["s"])
    d = defaultdict(list)
    for k, v in [("a", 1), ("b", 2), ("a", 3)]:
        d[k].append(v)
    print(dict(d))
    q = deque([1, 2, 3], maxlen=3)
    q.append(4)
    q.appendleft(0)
    print(q, Pair(1, 2), Pair(1, 2).right)
    print({"b": 1, "a": 2}, {1, 2, 3} | {3, 4}, [1, [2, (3, None)]], (1,), b"bytes", None, True)

asyncio.run(main())
