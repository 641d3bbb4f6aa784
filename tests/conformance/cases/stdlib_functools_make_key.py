# functools._make_key, which hand-written async cache decorators reuse for their keys: a list that
# hashes as the tuple of the arguments (3.14: the tuple itself) (one int or str argument is its own key), with one shared
# marker object between positional and keyword arguments. A list subclass with __hash__ is a dict key.
import asyncio
import functools


async def main():
    await asyncio.sleep(0.1)
    k1 = functools._make_key((1, 2), {"a": 3}, False)
    k2 = functools._make_key((1, 2), {"a": 3}, False)
    print(type(k1).__name__, isinstance(k1, list), k1[:2], k1[3:], len(k1), k1 == k2)
    print(k1[2] is k2[2], type(k1[2]) is object, hash(k1) == hash(tuple(k1)))
    print(functools._make_key((5,), {}, False), functools._make_key(("s",), {}, False))
    print(functools._make_key((5,), {}, True), functools._make_key((1.5,), {}, False))
    print(functools._make_key((1, "x"), {}, True), functools._make_key((), {}, False))
    cache = {k1: "cached"}
    print(cache[k2])

    class Row(list):
        def __hash__(self):
            return hash(tuple(self))

    seen = {Row([1, 2]): "first"}
    print(seen[Row([1, 2])], len({Row([1]), Row([1]), Row([2])}))
    try:
        functools._make_key(([],), {}, False)
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
