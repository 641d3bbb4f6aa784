# select, poll and epoll over sockets of one program (no threads): what each reports, in which
# order, and how a timeout moves the clock.
import select
import selectors
import socket
import time

srv = socket.socket()
srv.bind(('127.0.0.1', 0))
srv.listen()
port = srv.getsockname()[1]
print('listening', select.select([srv], [srv], [srv], 0))

c1 = socket.create_connection(('127.0.0.1', port))
c2 = socket.create_connection(('127.0.0.1', port))
r, w, x = select.select([srv], [c1, c2], [], 1.0)
print('after connect', r == [srv], w == [c1, c2], x)
a1, _ = srv.accept()
a2, _ = srv.accept()

fresh = socket.socket()
print('fresh', [len(l) for l in select.select([fresh], [fresh], [], 0)])

# Nothing to read: the timeout passes on the clock.
t0 = time.monotonic()
print('empty', select.select([a1, a2], [], [], 0.25), round(time.monotonic() - t0, 3))

c2.send(b'two')
c1.send(b'one')
r, _, _ = select.select([a1, a2], [], [])
print('readable in list order', [s is a1 for s in r])

p = select.poll()
p.register(a2, select.POLLIN)
p.register(a1, select.POLLIN | select.POLLOUT)
p.register(fresh)
print('poll', [(fd == a2.fileno(), ev) for fd, ev in p.poll(0)])
p.modify(a1, select.POLLIN)
c1.shutdown(socket.SHUT_WR)
print('poll after FIN', [(fd == a2.fileno(), ev) for fd, ev in p.poll()])
p.unregister(fresh)
try:
    p.unregister(fresh)
except KeyError as e:
    print('KeyError', e.args[0] == fresh.fileno())
try:
    p.modify(fresh, 1)
except OSError as e:
    print(type(e).__name__, e)
t0 = time.monotonic()
p2 = select.poll()
p2.register(c1, select.POLLIN)
print('poll timeout', p2.poll(120), round(time.monotonic() - t0, 3))

ep = select.epoll()
print(type(ep).__name__, ep.closed, ep.fileno() > 0)
ep.register(a1.fileno(), select.EPOLLIN)
ep.register(a2.fileno(), select.EPOLLIN | select.EPOLLRDHUP)
print('epoll', [(fd == a1.fileno(), hex(ev)) for fd, ev in ep.poll(0)])
print('epoll max 1', [(fd == a1.fileno(), hex(ev)) for fd, ev in ep.poll(0, 1)])
print('epoll again', [(fd == a1.fileno(), hex(ev)) for fd, ev in ep.poll(0)])
try:
    ep.register(a1.fileno(), select.EPOLLIN)
except OSError as e:
    print(type(e).__name__, e.errno)
print(a1.recv(10), a1.recv(10), a2.recv(10))
print('drained', [(fd == a1.fileno(), hex(ev)) for fd, ev in ep.poll(0)])
c2.close()
print('peer closed', [(fd == a2.fileno(), hex(ev)) for fd, ev in ep.poll(0)])
ep.unregister(a2.fileno())
try:
    ep.unregister(a2.fileno())
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror)
ep.unregister(a1.fileno())
ep.register(c1, select.EPOLLIN)
t0 = time.monotonic()
print('epoll timeout', ep.poll(0.3001), round(time.monotonic() - t0, 4))
ep.close()
print(ep.closed)
try:
    ep.poll(0)
except ValueError as e:
    print('ValueError', e)

for cls in (selectors.SelectSelector, selectors.PollSelector, selectors.EpollSelector):
    sel = cls()
    c3 = socket.create_connection(('127.0.0.1', port))
    a3, _ = srv.accept()
    k = sel.register(a3, selectors.EVENT_READ | selectors.EVENT_WRITE, 'data')
    print(cls.__name__, k.events, k.data, [(key.data, ev) for key, ev in sel.select(0)])
    k = sel.modify(a3, selectors.EVENT_READ, 'other')
    print(' modified', k.events, k.data, sel.get_key(a3) == k)
    t0 = time.monotonic()
    print(' timeout', sel.select(0.2), round(time.monotonic() - t0, 3))
    c3.sendall(b'ping')
    print(' ready', [(key.fileobj is a3, ev) for key, ev in sel.select()])
    try:
        sel.register(a3, selectors.EVENT_READ)
    except KeyError as e:
        print(' KeyError', 'already registered' in str(e))
    try:
        sel.register(a3, 4)
    except ValueError as e:
        print(' ValueError', e)
    try:
        sel.register('x', 1)
    except ValueError as e:
        print(' ValueError', e)
    a3.close()
    c3.close()
    print(' after close', len(sel.get_map()), sel.select(0) if cls is not selectors.SelectSelector else '')
    sel.unregister(a3)
    try:
        sel.get_key(a3)
    except (KeyError, ValueError) as e:
        print(' ', type(e).__name__, e)
    with sel:
        pass
    print(' closed', sel.get_map())

try:
    select.select([], [], [], -1)
except ValueError as e:
    print('ValueError', e)
try:
    select.select([fresh.fileno() + 100 if False else -5], [], [], 0)
except ValueError as e:
    print('ValueError', e)
print(selectors.SelectorKey(1, 2, 3, 4))
t0 = time.monotonic()
print(select.select([], [], [], 0.5), time.monotonic() - t0)
