# Registries kept as class attributes made in the class body: a WeakSet of live instances, a
# WeakValueDictionary cache and a finalize() on a class-level object. Each entry goes when its
# instance is deleted, as the class holds the container (it was judged dead once the class body
# ended, so the WeakSet never lost an entry).
import asyncio
import weakref


class Session:
    live = weakref.WeakSet()
    by_id = weakref.WeakValueDictionary()
    closed = []

    def __init__(self, sid):
        self.sid = sid
        Session.live.add(self)
        type(self).by_id[sid] = self
        weakref.finalize(self, Session.closed.append, sid)

    def __repr__(self):
        return f"Session({self.sid})"


class Plugin:
    registry = weakref.WeakKeyDictionary()

    def __init__(self, name):
        self.name = name
        Plugin.registry[self] = name.upper()


async def handle(sid):
    s = Session(sid)
    await asyncio.sleep(0.01)
    print(f"  handling {s}: live={len(Session.live)}")
    return sid


async def main():
    a = Session("a")
    b = Session("b")
    print(len(Session.live), sorted(Session.by_id))
    del a
    print(len(Session.live), sorted(Session.by_id), Session.closed)
    await asyncio.gather(handle("t1"), handle("t2"))
    print(len(Session.live), sorted(Session.by_id), Session.closed)
    b = None
    print(len(Session.live), list(Session.live), Session.closed)
    p = Plugin("cache")
    q = Plugin("auth")
    print(sorted(Plugin.registry.values()))
    del p
    print(sorted(Plugin.registry.values()), q.name)


asyncio.run(main())
