# socket.makefile(): text and binary files over a socket pair: universal newlines, buffered
# writes that reach the peer only on flush, read(n)/readline/iteration, and close semantics.
import socket

a, b = socket.socketpair()
b.settimeout(0.5)
wa = a.makefile('w')
wa.write('hello\r\nsecond line\rthird\n')
try:
    b.recv(100)
except TimeoutError as e:
    print('nothing sent before flush:', repr(e))
wa.flush()
rb = b.makefile('r', encoding='utf-8')
print(repr(rb.readline()), repr(rb.readline()), repr(rb.readline()))
print(rb.mode, wa.mode, rb.readable(), rb.writable(), wa.writable())

fa = a.makefile('wb', buffering=0)
fa.write(b'unbuffered\n')
print('raw write arrives:', b.recv(100))
fa.close()

ra = a.makefile('rb')
b.sendall(b'line one\nline two\nrest without newline')
print(ra.readline(), ra.read(4), ra.read1(100))
b.sendall('naïve ☃ text\n'.encode())
rt = a.makefile('r')
print(repr(rt.read(7)), repr(rt.readline()))

pair = a.makefile('rwb')
b.sendall(b'x\ny\nz\n')
print(pair.readline(), pair.readlines(3))
pair.write(b'reply')
pair.flush()
print(b.recv(100))
b.sendall(b'tail-1\ntail-2\n')
b.shutdown(socket.SHUT_WR)
print([line for line in pair], pair.read(), ra.read())

a.close()
print('socket closed while files are open, fileno still', a.fileno() >= 0)
for f in (wa, ra, rt, pair):
    f.close()
print('after the last file:', a.fileno())
for op, call in [('readline', lambda: ra.readline()), ('read', lambda: rt.read()), ('write', lambda: pair.write(b'x')),
                 ('flush', lambda: wa.flush())]:
    try:
        call()
    except ValueError as e:
        print(op, 'ValueError:', e)
c, d = socket.socketpair()
for mode, call in [('r', lambda f: f.write('x')), ('rb', lambda f: f.write(b'x')), ('w', lambda f: f.read()),
                   ('wb', lambda f: f.read())]:
    with c.makefile(mode) as f:
        try:
            call(f)
        except OSError as e:
            print(mode, type(e).__name__, e)
for bad in [lambda: c.makefile('rt'), lambda: c.makefile('r', buffering=0), lambda: c.makefile('rb', encoding='utf-8')]:
    try:
        bad()
    except ValueError as e:
        print('ValueError:', e)
with c, c.makefile('w') as w:
    w.write('flushed when the file closes\n')
print(d.recv(100), c.fileno())
b.close()
d.close()
