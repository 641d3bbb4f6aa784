import asyncio

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

def counter():
    count = 0
    def inc(by=1):
        nonlocal count
        count += by
        return count
    return inc

def delegate():
    result = yield from (x * 2 for x in range(3))
    yield "done"

async def main():
    gen = fib()
    print([next(gen) for _ in range(10)])
    inc = counter()
    inc(); inc(5)
    print(inc())
    print(list(delegate()))
    adders = [lambda x, i=i: x + i for i in range(3)]
    print([f(10) for f in adders])
    squares = {n: n * n for n in range(5) if n % 2}
    print(squares, sorted({3, 1, 2}), tuple(reversed("abc")))
    print(list(zip("ab", [1, 2, 3])), list(enumerate("xy", start=1)))
    print(any(x > 3 for x in range(5)), all([]), list(map(str.upper, ["a", "b"])))

asyncio.run(main())
