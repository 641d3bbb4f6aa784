import asyncio

class P:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, o):
        return isinstance(o, P) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __lt__(self, o):
        return (self.x, self.y) < (o.x, o.y)
    def __repr__(self):
        return f"P{self.x, self.y}"

def fib():
    a, b = 0, 1
    while True:
        got = yield a
        if got:
            a, b = 0, 1
        else:
            a, b = b, a + b

def chain(*its):
    for it in its:
        yield from it

async def main():
    s = {P(1, 2), P(1, 2), P(0, 5)}
    print(len(s), P(1, 2) in s, sorted(s), {P(1, 2): "a"}[P(1, 2)])
    g = fib()
    print([next(g) for _ in range(8)], g.send(True), next(g), next(g))
    print(list(chain("ab", [1, 2], (x * 2 for x in range(3)))))
    words = "The quick brown fox jumps over the lazy dog".split()
    print(" ".join(w.capitalize() for w in words), words[::-2], "fox" in words, words.index("fox"))
    print("a-b-c".split("-", 1), "  pad ".strip(), "x".center(7, "*"), "Hello".swapcase(), "abc".replace("b", "XYZ"), "%-5s|" % "ab")
    print(*range(3), sep=", ", end=" <end>\n")
    def add(item, bucket=[]):
        bucket.append(item)
        return bucket
    add(1); print(add(2))
    total = 0
    for i in range(10):
        if i == 7:
            break
        if i % 2:
            continue
        total += i
    else:
        total = -1
    print(total, [i for i in range(20) if i % 3 == 0][-2:], list(enumerate("xyz", 1)), list(zip([1, 2], "ab", strict=True)))
    await asyncio.sleep(0)

asyncio.run(main())
