# `graphlib`: TopologicalSorter, the dependency graph async DAG runners hand out work from. Nodes
# come out in the order CPython's gives (insertion order, then the order done() frees them), and a
# cycle is reported as the same list of nodes CPython's depth-first search finds first.

import sys as _sys
from types import GenericAlias

__all__ = ["TopologicalSorter", "CycleError"]

# A node's count of unfinished predecessors, or one of these once get_ready() handed it out.
_HANDED_OUT = -1
_FINISHED = -2


class _Node:
    __slots__ = ('node', 'waiting_on', 'successors')

    def __init__(self, node):
        self.node = node
        self.waiting_on = 0
        self.successors = []


class CycleError(ValueError):
    """Raised by TopologicalSorter.prepare when the graph has a cycle; args[1] is the cycle."""


class TopologicalSorter:
    """Sort a graph of hashable nodes topologically, all at once or as work gets done."""

    def __init__(self, graph=None):
        self._nodes = {}
        self._ready = None
        self._handed_out = 0
        self._finished = 0
        if graph is not None:
            for node, predecessors in graph.items():
                self.add(node, *predecessors)

    def _info(self, node):
        info = self._nodes.get(node)
        if info is None:
            info = self._nodes[node] = _Node(node)
        return info

    def add(self, node, *predecessors):
        if self._ready is not None:
            raise ValueError("Nodes cannot be added after a call to prepare()")
        info = self._info(node)
        info.waiting_on += len(predecessors)
        for pred in predecessors:
            self._info(pred).successors.append(node)

    def prepare(self):
        if _sys.version_info >= (3, 14):
            # 3.14 lets prepare() run again (to see the cycle again) until the sort has begun.
            if self._handed_out > 0:
                raise ValueError("cannot prepare() after starting sort")
        elif self._ready is not None:
            raise ValueError("cannot prepare() more than once")
        if self._ready is None:
            self._ready = [info.node for info in self._nodes.values() if info.waiting_on == 0]
        cycle = self._find_cycle()
        if cycle:
            raise CycleError("nodes are in a cycle", cycle)

    def get_ready(self):
        if self._ready is None:
            raise ValueError("prepare() must be called first")
        ready = tuple(self._ready)
        for node in ready:
            self._nodes[node].waiting_on = _HANDED_OUT
        self._ready.clear()
        self._handed_out += len(ready)
        return ready

    def is_active(self):
        if self._ready is None:
            raise ValueError("prepare() must be called first")
        return self._finished < self._handed_out or bool(self._ready)

    def __bool__(self):
        return self.is_active()

    def done(self, *nodes):
        if self._ready is None:
            raise ValueError("prepare() must be called first")
        for node in nodes:
            info = self._nodes.get(node)
            if info is None:
                raise ValueError(f"node {node!r} was not added using add()")
            if info.waiting_on >= 0:
                raise ValueError(f"node {node!r} was not passed out (still not ready)")
            if info.waiting_on == _FINISHED:
                raise ValueError(f"node {node!r} was already marked done")
            info.waiting_on = _FINISHED
            for successor in info.successors:
                s = self._nodes[successor]
                s.waiting_on -= 1
                if s.waiting_on == 0:
                    self._ready.append(successor)
            self._finished += 1

    def _find_cycle(self):
        # Depth-first along successor edges, from each node in insertion order; the first edge
        # back to a node on the current path closes the cycle reported.
        seen = set()
        for root in self._nodes:
            if root in seen:
                continue
            path = []
            position = {}
            pending = []
            node = root
            while True:
                if node in seen:
                    if node in position:
                        return path[position[node]:] + [node]
                else:
                    seen.add(node)
                    pending.append(iter(self._nodes[node].successors))
                    position[node] = len(path)
                    path.append(node)
                # The next successor to visit, backing out of nodes whose successors are all seen.
                while path:
                    node = next(pending[-1], _END)
                    if node is not _END:
                        break
                    del position[path.pop()]
                    pending.pop()
                else:
                    break
        return None

    def static_order(self):
        self.prepare()
        while self.is_active():
            group = self.get_ready()
            yield from group
            self.done(*group)

    __class_getitem__ = classmethod(GenericAlias)


_END = object()
