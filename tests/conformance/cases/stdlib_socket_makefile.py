# socket.makefile: buffered binary and text files over a socket, their reprs, buffering and
# the socket staying open while a file made from it is.
import select
import socket

a, b = socket.socketpair()
r = a.makefile('rb')
w = b.makefile('wb')
t = a.makefile('r')
tw = b.makefile('w', encoding='latin-1')
print(r, w, t, tw)
print(type(r).__name__, type(t).__name__, t.mode, r.mode, r.name, r.raw.mode, r.closed)
print(r.readable(), r.writable(), r.seekable(), w.writable(), t.encoding, t.errors, t.newlines, t.line_buffering)
try:
    a.makefile('rx')
except ValueError as e:
    print(e)
try:
    a.makefile('r', buffering=0)
except ValueError as e:
    print(e)
raw = a.makefile('rb', buffering=0)
print(type(raw).__name__, raw.mode, raw.name)
raw.close()
print(raw.closed, raw.name)

# Writes wait in the buffer until a flush.
w.write(b'line one\nline two\npartial')
print('before flush', select.select([a], [], [], 0)[0] == [a])
print(w.flush())
print('after flush', select.select([a], [], [], 0)[0] == [a])
print(r.readline(), r.readline(5), r.read1(100))
# A write that does not fit in the buffer sends it.
w.write(b'x' * 8000)
print('8000 buffered', select.select([a], [], [], 0)[0] == [])
w.write(b'y' * 500)
print('8500 sent', len(r.read(8000)), select.select([a], [], [], 0)[0] == [])
w.write(b'z' * 9000)
print('a big write goes out', len(r.read(9500)))
try:
    w.read()
except Exception as e:
    print(type(e).__name__, e)
try:
    r.write(b'x')
except Exception as e:
    print(type(e).__name__, e)

tw.write('cafe\nsecond line\r\nthird\rfourth')
tw.flush()
print(repr(t.readline()), repr(t.readline()), repr(t.readline()))
b.close()
print(b)
tw.close()
print(b, select.select([a], [], [], 0)[0] == [])
w.close()
print(b, repr(t.read()), r.read(), r.readline())
a.close()
print(a, r.closed)
r.close()
t.close()
print(a, r, t.closed)
try:
    r.readline()
except ValueError as e:
    print(e)
try:
    w.write(b'x')
except ValueError as e:
    print(e)

x, y = socket.socketpair()
f = x.makefile('rwb')
print(type(f).__name__)
f.write(b'abc')
f.flush()
print(y.recv(10))
ty = y.makefile('wb')
ty.write('é ü\n'.encode() + b'l1\r\nl2\rl3\n')
ty.close()
y.shutdown(socket.SHUT_WR)
tf = x.makefile('r', newline=None)
print(repr(tf.readline()), repr(tf.readline()), repr(tf.readline()), list(tf))
try:
    tf.write('x')
except Exception as e:
    print(type(e).__name__, e)
for s in (x, y):
    s.close()
f.close()
tf.close()
print(x, y)

p, q = socket.socketpair()
fq = q.makefile('rb')
p.sendall(b'one\ntwo\nthree')
p.close()
print(fq.readlines())
fq.close()
q.close()
g, h = socket.socketpair()
gw = g.makefile('w', newline='\r\n')
gw.write('a\nb\n')
gw.flush()
print(h.recv(100))
with h.makefile('rb') as hf:
    g.close()
    gw.close()
    print(list(hf))
print(hf.closed, h)
h.close()
print(h)
