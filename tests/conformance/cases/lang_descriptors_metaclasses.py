# Descriptors, metaclasses, __init_subclass__, int/str subclasses and the reprs of asyncio's
# synchronisation primitives (addresses masked: they differ between runs).
import asyncio


def masked(r):
    head, sep, tail = r.partition(" at 0x")
    if not sep:
        return r
    i = 0
    while i < len(tail) and tail[i] not in " >":
        i += 1
    return head + " at 0x…" + tail[i:]


class Positive:
    def __set_name__(self, owner, name):
        self.name = "_" + name
        print("set_name", owner.__name__, name)

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name)

    def __set__(self, obj, value):
        if value <= 0:
            raise ValueError(f"{self.name[1:]} must be positive, got {value}")
        setattr(obj, self.name, value)


class Counted(type):
    made = []

    def __new__(mcs, name, bases, ns, **kw):
        cls = super().__new__(mcs, name, bases, ns)
        mcs.made.append(name)
        return cls

    def __call__(cls, *args, **kwargs):
        print("creating", cls.__name__, args)
        return super().__call__(*args, **kwargs)


class Job(metaclass=Counted):
    delay = Positive()

    def __init__(self, name, delay):
        self.name = name
        self.delay = delay

    def __init_subclass__(cls, kind="plain", **kw):
        super().__init_subclass__(**kw)
        cls.kind = kind


class Urgent(Job, kind="urgent"):
    pass


class Meters(int):
    def __repr__(self):
        return f"Meters({int(self)})"


class Tag(str):
    pass


async def worker(job):
    print("start", job.name, job.delay, getattr(type(job), "kind", "base"))
    await asyncio.sleep(job.delay / 10)
    print("done", job.name)


async def main():
    print(Counted.made, type(Urgent).__name__, isinstance(Urgent, Counted))
    jobs = [Job("a", 2), Urgent("b", 1)]
    try:
        jobs[0].delay = -1
    except ValueError as e:
        print("ValueError:", e)
    print(Job.__dict__["delay"].name, vars(jobs[1]))
    m = Meters(5)
    print(m, str(m), repr(m), m + 1, f"{m}")
    t = Tag("hi")
    print(t, repr(t), t.upper(), type(t).__name__)

    lock, event, sem = asyncio.Lock(), asyncio.Event(), asyncio.Semaphore(2)
    cond, barrier = asyncio.Condition(), asyncio.Barrier(3)
    for p in (lock, event, sem, cond, barrier):
        print(masked(repr(p)))
    async with lock:
        await sem.acquire()
        event.set()
        print(masked(repr(lock)), masked(repr(sem)), masked(repr(event)))
    sem.release()
    print(masked(repr(object())), masked(repr(jobs[0])))
    await asyncio.gather(*(worker(j) for j in jobs))


asyncio.run(main())
