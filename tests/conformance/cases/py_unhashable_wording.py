import asyncio
import functools


class Unhashable:
    __hash__ = None


class Raises:
    def __hash__(self):
        raise TypeError("no hash today")


class Outer:
    class Inner:
        __hash__ = None


def local_class():
    class Local:
        __hash__ = None

    return Local


async def main():
    k = Unhashable()
    checks = [
        ("dict display", lambda: {k: 1}),
        ("dict get", lambda: {1: 2}.get(k)),
        ("dict in", lambda: k in {1: 2}),
        ("dict setdefault", lambda: {}.setdefault(k)),
        ("dict del", lambda: {1: 2}.__delitem__(k)),
        ("dict pop empty", lambda: {}.pop(k, "default")),
        ("dict pop", lambda: {1: 2}.pop(k, None)),
        ("dict fromkeys", lambda: dict.fromkeys([k])),
        ("dict comprehension", lambda: {x: 1 for x in [[]]}),
        ("keys in", lambda: [] in {}.keys()),
        ("set display", lambda: {k}),
        ("set add", lambda: set().add(k)),
        ("set in", lambda: k in {1}),
        ("frozenset", lambda: frozenset([k])),
        ("set comprehension", lambda: {x for x in [k]}),
        ("set difference", lambda: {1}.difference([k])),
        ("set intersection", lambda: {1}.intersection([k])),
        ("set issubset", lambda: {1}.issubset([k])),
        ("set issuperset", lambda: {1}.issuperset([k])),
        ("set in set", lambda: set() in {frozenset()}),
        ("tuple holding a list", lambda: {(1, [2]): 3}),
        ("own __hash__ raising", lambda: {Raises(): 1}),
        ("nested class", lambda: {Outer.Inner()}),
        ("local class", lambda: {local_class()(): 1}),
        ("hash()", lambda: hash(k)),
        ("lru_cache", lambda: functools.lru_cache(lambda x: x)([1])),
    ]
    for name, check in checks:
        await asyncio.sleep(0)
        try:
            print(name, "->", check())
        except TypeError as e:
            print(name, "-> TypeError:", e)


asyncio.run(main())
