# socket.makefile's text files: writes wait in the text layer (until 8192 bytes: 3.13 hands the
# waiting text over with the write that passes it, 3.11 and 3.12 before it), a read hands what
# waits to the buffer first, text read ahead survives a write, a file freed unclosed writes what
# waits, and a socket's files have no position. A write drops the text read ahead on 3.11 and
# 3.12 (3.13 keeps it, on a stream that cannot seek).
import gc
import select
import socket


def arrived(sock):
    got = 0
    while select.select([sock], [], [], 0)[0]:
        got += len(sock.recv(100000))
    return got


a, b = socket.socketpair()
w = b.makefile('w')
for n in (5000, 5000, 3000, 3000, 3000, 9000):
    w.write('x' * n)
    print('wrote', n, 'arrived', arrived(a))
w.flush()
print('after flush', arrived(a))

x, y = socket.socketpair()
f = x.makefile('rw')
y.sendall(b'one\ntwo\nthree\n')
print(repr(f.readline()))
f.write('hello\n')
f.flush()
print(y.recv(100))
y.sendall(b'four\n')
lines = []
while lines[-1:] != ['four\n']:
    lines.append(f.readline())
print(lines)
f.write('ping\n')
y.sendall(b'pong\n')
print(repr(f.readline()), select.select([y], [], [], 0)[0] == [])
f.flush()
print(y.recv(100))

g = x.makefile('w')
g.write('bye\n')
del g
gc.collect()
print(y.recv(100))

d = x.makefile('w')
d.write('detached\n')
raw = d.detach()
print(type(raw).__name__, y.recv(100))
try:
    d.write('x')
except ValueError as e:
    print(e)

for f2 in (x.makefile('rb'), x.makefile('wb'), x.makefile('rwb'), x.makefile('rb', buffering=0), x.makefile('r'), x.makefile('w')):
    for op, call in (('seek', lambda: f2.seek(0)), ('seek cur', lambda: f2.seek(0, 1)), ('tell', f2.tell),
                     ('truncate', f2.truncate), ('truncate 0', lambda: f2.truncate(0))):
        try:
            print(type(f2).__name__, op, call())
        except Exception as e:
            print(type(f2).__name__, op, type(e).__name__, e)
    try:
        f2.nosuch
    except AttributeError as e:
        print(e)
    f2.close()
print(x.makefile('r', encoding='locale').encoding, x.makefile('r').encoding)
f.close()
for s in (a, b, x, y):
    s.close()
w.close()
