"""Type names and reprs of weakref.ref, weakref.WeakSet (a set of weak references in
_weakrefset, not a set) and queue.Empty (from _queue), as CPython shows them. (queue.SimpleQueue,
_queue.SimpleQueue in CPython, is left out: the recorder's virtual threads replace it with
queue._PySimpleQueue.)"""
import queue
import weakref


class Node:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return f"Node{self.n}"


a, b, c = Node(1), Node(2), Node(3)
r = weakref.ref(a)
print(type(r).__name__, type(r), type(r).__module__, weakref.ref is weakref.ReferenceType)
print(repr(r).split(";")[1].split(" at ")[0], r() is a, isinstance(r, weakref.ref))
ws = weakref.WeakSet([a, b])
print(type(ws).__name__, type(ws), isinstance(ws, set), type(ws).__mro__, repr(weakref.WeakSet()))
print(repr(ws).startswith("{<weakref at "), len(ws), a in ws, c in ws, 1 in ws, sorted(x.n for x in ws))
ws.add(c)
ws.discard(a)
u = ws | [a]
print(sorted(x.n for x in ws), type(u).__name__, len(u), ws <= u, ws == weakref.WeakSet([b, c]))
try:
    ws.add(1)
except TypeError as e:
    print("TypeError:", e)
q = queue.Queue()
print(queue.Empty, queue.Full)
try:
    q.get_nowait()
except queue.Empty as e:
    print(type(e), repr(e))
try:
    q.missing
except AttributeError as e:
    print("AttributeError:", e)
