# An object only a call's argument holds dies when that statement's call ends, as CPython frees
# it: weakref.ref / finalize / WeakValueDictionary of a temporary see it gone at the next statement.
import asyncio
import weakref


class Resource:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"Resource({self.name})"


def make(name):
    return Resource(name)


fin = weakref.finalize(Resource("temp"), print, "finalizer: temp released")
print("alive after its statement:", fin.alive)
r = weakref.ref(make("returned"), lambda w: print("callback: returned is gone"))
print("ref():", r())
cache = weakref.WeakValueDictionary()
cache["kept"] = kept = Resource("kept")
cache["lost"] = Resource("lost")
print(sorted(cache.keys()), fin.detach())
held = Resource("held")
h = weakref.ref(held)
print("held:", h())


async def worker():
    local = weakref.ref(Resource("in task"))
    print("in task:", local())
    obj = Resource("task local")
    w = weakref.ref(obj)
    await asyncio.sleep(0.01)
    print("task local:", w())
    return w


w = asyncio.run(worker())
print("after run:", w(), h(), kept)
