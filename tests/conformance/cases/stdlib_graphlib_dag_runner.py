# graphlib.TopologicalSorter driving an async DAG runner: prepare, get_ready and done as tasks finish
# at different times, is_active/bool, static_order, the graph given as a dict, nodes added twice,
# every misuse's ValueError (3.14 lets prepare() run again until the sort starts), and CycleError
# with the cycle CPython reports.
import asyncio
from graphlib import TopologicalSorter, CycleError

GRAPH = {
    'deploy': ['test', 'docs'],
    'test': ['build'],
    'docs': ['build'],
    'build': ['fetch', 'configure'],
    'configure': ['fetch'],
    'lint': [],
}
COST = {'fetch': 0.3, 'configure': 0.1, 'build': 0.5, 'test': 0.4, 'docs': 0.2, 'deploy': 0.1, 'lint': 0.25}


async def run_step(name, finished):
    await asyncio.sleep(COST[name])
    print(f'{asyncio.get_running_loop().time():.2f} done {name}')
    await finished.put(name)


async def main():
    ts = TopologicalSorter(GRAPH)
    ts.prepare()
    finished = asyncio.Queue()
    async with asyncio.TaskGroup() as tg:
        while ts.is_active():
            for name in ts.get_ready():
                print(f'{asyncio.get_running_loop().time():.2f} start {name}')
                tg.create_task(run_step(name, finished), name=name)
            ts.done(await finished.get())
    print('active after:', bool(ts), ts.get_ready())


asyncio.run(main())

print(list(TopologicalSorter(GRAPH).static_order()))
ts = TopologicalSorter()
ts.add(3, 2, 1)
ts.add(3, 0)
ts.add(2)
ts.add(1, 0)
ts.add(1, 0)
print(list(ts.static_order()))
print(list(TopologicalSorter({'a': 'bc', 'b': 'c'}).static_order()))
print(TopologicalSorter[int], TopologicalSorter[str].__origin__ is TopologicalSorter)


def attempt(label, f):
    try:
        print(label, '->', repr(f()))
    except (ValueError, TypeError) as e:
        print(label, '!!', type(e).__name__, e.args)


fresh = TopologicalSorter({1: [2]})
attempt('get_ready before prepare', fresh.get_ready)
attempt('is_active before prepare', fresh.is_active)
attempt('done before prepare', lambda: fresh.done(1))
attempt('bool before prepare', lambda: bool(fresh))
fresh.prepare()
attempt('prepare again', fresh.prepare)
attempt('add after prepare', lambda: fresh.add(5))
attempt('done not ready', lambda: fresh.done(1))
attempt('done unknown', lambda: fresh.done(9))
attempt('get_ready', fresh.get_ready)
attempt('prepare after start', fresh.prepare)
attempt('done', lambda: fresh.done(2))
attempt('done twice', lambda: fresh.done(2))
attempt('unhashable', lambda: TopologicalSorter().add([1]))

for graph in [{'a': ['b'], 'b': ['a']}, {1: [2], 2: [3], 3: [1], 0: [1]}, {'x': ['x']},
              {'a': ['b', 'c'], 'c': ['d'], 'd': ['e', 'a'], 'e': []}]:
    ts = TopologicalSorter(graph)
    try:
        ts.prepare()
    except CycleError as e:
        print('CycleError', e.args, str(e), isinstance(e, ValueError))
        print('  still ready:', ts.get_ready(), ts.is_active())
    try:
        print(list(TopologicalSorter(graph).static_order()))
    except CycleError as e:
        print('static_order CycleError', e.args[1])
