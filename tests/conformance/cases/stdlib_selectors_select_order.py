# selectors.SelectSelector's select() lists the ready keys in the order of the set union
# `readable | writable` (CPython's set_merge: one resize up front, then the other set's slots), so
# with descriptor numbers that collide in a small table the order is neither registration nor
# descriptor order. Also set unions, copies and |= of numbers on their own.
import selectors
import socket

pairs = [socket.socketpair() for _ in range(20)]
peers = {}
for a, b in pairs:
    peers[a.fileno()], peers[b.fileno()] = b, a

# Descriptor numbers that exist in both the recording (whose process may hold an inherited
# descriptor below 12) and the simulation: the numbers, not the sockets, decide the order.
for reading, writing in [((16, 24, 32), (17, 25, 33)), ((17, 25, 33), (16, 24, 32, 13)), ((14, 30), (15, 31, 18, 19, 20))]:
    sel = selectors.SelectSelector()
    for fd in sorted(set(reading) | set(writing)):
        events = (selectors.EVENT_READ if fd in reading else 0) | (selectors.EVENT_WRITE if fd in writing else 0)
        sel.register(fd, events)
    for fd in reading:
        peers[fd].send(b'x')
    print([(key.fd, events) for key, events in sel.select(0)])
    for fd in reading:
        peers[peers[fd].fileno()].recv(1)
    sel.close()

# The same merges on numbers alone (the descriptor numbers of the first case).
r = frozenset([9, 17, 3])
w = frozenset([8, 16, 5])
print(list(r | w), list(w | r), list(r.union(w, [40])))
s = set([4, 12, 20])
s |= {28, 36}
print(list(s), list(s.copy()), list(set(s)), list(frozenset(s)))
s.add(44)
s.update({52}, [60])
print(list(s))
