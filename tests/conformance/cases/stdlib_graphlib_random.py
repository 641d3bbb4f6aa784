# Property vectors for graphlib: seeded random graphs (some with cycles) given as dicts and by add();
# static_order, get_ready/done in random completion orders, and the cycle CycleError names.
import random
from graphlib import TopologicalSorter, CycleError

random.seed(1937)

for case in range(120):
    n = random.randint(1, 9)
    nodes = random.sample(range(20), n) if random.random() < 0.7 else random.sample('abcdefghijkl', n)
    graph = {}
    for i, node in enumerate(nodes):
        k = random.randint(0, 3)
        pool = nodes[:i] if random.random() < 0.8 else nodes
        graph[node] = [random.choice(pool) for _ in range(min(k, len(pool)))]
    print(case, graph)
    try:
        print('  static', list(TopologicalSorter(graph).static_order()))
    except CycleError as e:
        print('  cycle', e.args[1])
    ts = TopologicalSorter()
    for node, preds in reversed(list(graph.items())):
        ts.add(node, *preds)
    try:
        ts.prepare()
    except CycleError as e:
        print('  cycle by add', e.args[1])
    order = []
    while ts.is_active():
        ready = list(ts.get_ready())
        if not ready and not order:
            break
        random.shuffle(ready)
        order.append(ready)
        for node in ready:
            ts.done(node)
        if len(order) > 20:
            break
    print('  rounds', order)
