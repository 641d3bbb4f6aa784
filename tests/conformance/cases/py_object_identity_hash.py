import asyncio


class Plain:
    pass


class Keyed:
    def __init__(self, k):
        self.k = k

    def __eq__(self, other):
        return isinstance(other, Keyed) and self.k == other.k


async def main():
    sentinel = object()
    seen = {sentinel: "start"}
    print(seen[sentinel], sentinel in seen, object() in seen, hash(sentinel) == hash(sentinel))
    tokens = {object() for _ in range(3)}
    tokens.add(sentinel)
    tokens.add(sentinel)
    print(len(tokens), sentinel in tokens)
    a, b = Plain(), Plain()
    owners = {a: "a", b: "b"}
    print(owners[a], owners[b], len({a, b, a}), a == b, a == a)
    waiters = {}
    for name in ("x", "y"):
        fut = asyncio.get_running_loop().create_future()
        waiters[fut] = name
    for fut, name in waiters.items():
        fut.set_result(name.upper())
    print([await f for f in waiters])
    try:
        {Keyed(1): 1}
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
