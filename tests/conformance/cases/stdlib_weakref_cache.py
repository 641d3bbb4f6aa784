# Code in the style of real programs: a WeakValueDictionary cache of connections, weakref
# callbacks that clean up a registry, weakref.finalize removing a temporary resource, and a pool
# whose objects report __del__.
import weakref


class Connection:
    opened = 0

    def __init__(self, host):
        self.host = host
        Connection.opened += 1
        print("connect", host)

    def close(self):
        print("close", self.host)

    def __del__(self):
        print("connection to", self.host, "freed")


class ConnectionCache:
    def __init__(self):
        self._cache = weakref.WeakValueDictionary()

    def get(self, host):
        conn = self._cache.get(host)
        if conn is None:
            conn = Connection(host)
            self._cache[host] = conn
        return conn

    def hosts(self):
        return sorted(self._cache.keys())


cache = ConnectionCache()
c1 = cache.get("db1")
c2 = cache.get("db1")
print("same", c1 is c2, Connection.opened)
cache.get("db2").close()
print("hosts", cache.hosts())
del c1
print("hosts", cache.hosts())
del c2
print("hosts", cache.hosts())


registry = {}


def register(obj, name):
    def cleanup(ref):
        print("unregister", name)
        del registry[name]

    registry[name] = weakref.ref(obj, cleanup)


class Session:
    def __init__(self, user):
        self.user = user


s1 = Session("ann")
s2 = Session("bob")
register(s1, "ann")
register(s2, "bob")
print("registry", sorted(registry))
s1 = None
print("registry", sorted(registry))


class TempFile:
    def __init__(self, path):
        self.path = path
        self._finalizer = weakref.finalize(self, TempFile._remove, path)

    @staticmethod
    def _remove(path):
        print("remove", path)

    def remove(self):
        self._finalizer()

    @property
    def removed(self):
        return not self._finalizer.alive


def process():
    t = TempFile("/tmp/work1")
    print("processing", t.path)


process()
t2 = TempFile("/tmp/work2")
t2.remove()
print("removed", t2.removed)
t2 = None
t3 = TempFile("/tmp/work3")


class Worker:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("worker", self.n, "released")


class Pool:
    def __init__(self, size):
        self.free = [Worker(i) for i in range(size)]
        self.busy = set()

    def acquire(self):
        w = self.free.pop()
        self.busy.add(w)
        return w

    def release(self, w):
        self.busy.discard(w)


pool = Pool(3)
w = pool.acquire()
print("acquired", w.n)
pool.release(w)
w = None
print("after release")
pool.free.clear()
print("pool emptied")
print("end")
