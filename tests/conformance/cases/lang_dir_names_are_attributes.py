# Every name dir() lists for an instance of a class of the program is an attribute:
# getattr(obj, name) for name in dir(obj) (plugin discovery, inspect.getmembers).
import asyncio
import inspect
import weakref


def hook(event):
    def deco(fn):
        fn.__hook__ = event
        return fn
    return deco


class Service:
    def __init__(self, name):
        self.name = name
        self.calls = 0

    @hook("startup")
    def warm(self):
        self.cache = {}
        return f"{self.name} warm"

    @hook("shutdown")
    async def drain(self):
        await asyncio.sleep(0.1)
        return f"{self.name} drained"


class Documented:
    """Has a docstring."""


async def main():
    s = Service("db")
    for event in ("startup", "shutdown"):
        for n in dir(s):
            v = getattr(s, n)
            if getattr(v, "__hook__", None) == event:
                r = v()
                print(event, n, await r if inspect.isawaitable(r) else r)
    members = inspect.getmembers(s)
    print(len(members), len(dir(s)), [n for n, _ in members if n.startswith("__") and n < "__e"])
    print([n for n in dir(s) if not hasattr(s, n)])
    print(s.__doc__, Service.__doc__, Documented().__doc__, type("T", (), {}).__doc__)
    print(getattr(Service, "__static_attributes__", "3.12 and before: none"))
    print(s.__weakref__, s.__format__(""), format(s, "") == str(s))
    r = weakref.ref(s)
    print(s.__weakref__ is r, Service.__subclasshook__(int), object.__subclasshook__(Service))
    try:
        format(s, ">10")
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
