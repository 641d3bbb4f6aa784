# gc as programs use it around a workload: disable/enable, thresholds (3.13 raised the first,
# 3.14 has no third generation), collect() with gc.callbacks seeing each phase, debug flags,
# is_tracked for atomic values, containers and instances, and the argument errors.
import asyncio
import gc


class Job:
    def __init__(self, n):
        self.n = n


def phase(name, info):
    print("gc", name, info["generation"], sorted(info))


async def worker(n):
    await asyncio.sleep(0.01 * n)
    return Job(n)


async def main():
    print(gc.isenabled(), gc.get_threshold())
    gc.disable()
    jobs = await asyncio.gather(*(worker(n) for n in range(3)))
    print(gc.isenabled(), [j.n for j in jobs])
    gc.enable()
    gc.set_threshold(500)
    print(gc.get_threshold())
    gc.set_threshold(1000, 20, 30)
    print(gc.get_threshold())
    gc.callbacks.append(phase)
    found = gc.collect()
    gc.collect(0)
    gc.collect(generation=1)
    gc.callbacks.remove(phase)
    print(isinstance(found, int), gc.garbage, gc.callbacks)
    print(gc.is_tracked(1), gc.is_tracked("s"), gc.is_tracked(None), gc.is_tracked(2.5), gc.is_tracked(b"x"))
    print(gc.is_tracked([]), gc.is_tracked(jobs[0]), gc.is_tracked(Job), gc.is_tracked(int), gc.is_tracked(main))
    print(gc.is_tracked({"a": [1]}), gc.is_tracked(((1, 2), [3])), gc.is_tracked(()), gc.is_tracked(object()))
    print(gc.is_tracked({"a": 1}), gc.is_tracked({}))
    gc.set_debug(gc.DEBUG_STATS)
    print(gc.get_debug(), gc.DEBUG_LEAK, gc.DEBUG_SAVEALL)
    gc.set_debug(0)
    gc.freeze()
    gc.unfreeze()
    for bad in (lambda: gc.collect(3), lambda: gc.collect(-1), lambda: gc.collect("2"), lambda: gc.set_threshold(),
                lambda: gc.set_threshold(1, 2, 3, 4), lambda: gc.is_tracked()):
        try:
            bad()
        except (ValueError, TypeError) as e:
            print(type(e).__name__, e)


asyncio.run(main())
