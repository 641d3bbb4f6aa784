# The non-blocking echo server of the selectors tutorials: one DefaultSelector (epoll) on a
# listening socket and its connections, clients in threads. The server's select() blocks on the
# clock (its timeout) and lets the client threads run; each client's send wakes it.
import selectors
import socket
import threading
import time

sel = selectors.DefaultSelector()
print(sel.__class__.__name__, selectors.DefaultSelector)


def accept(sock, mask):
    conn, addr = sock.accept()
    print(f'{time.monotonic():.2f} accepted from {addr[0]} mask={mask}')
    conn.setblocking(False)
    sel.register(conn, selectors.EVENT_READ, read)


def read(conn, mask):
    data = conn.recv(1000)
    if data:
        print(f'{time.monotonic():.2f} echoing {data!r}')
        conn.send(data)
    else:
        print(f'{time.monotonic():.2f} closing fd {conn.fileno()}')
        sel.unregister(conn)
        conn.close()


server = socket.socket()
server.bind(('localhost', 0))
server.listen(100)
server.setblocking(False)
port = server.getsockname()[1]
key = sel.register(server, selectors.EVENT_READ, accept)
print(key.fd == server.fileno(), key.events, key.data is accept, len(sel.get_map()))


def client(name, delay, words):
    time.sleep(delay)
    with socket.create_connection(('localhost', port)) as s:
        for w in words:
            s.sendall(w.encode())
            reply = s.recv(100)
            print(f'{time.monotonic():.2f} {name} got {reply!r}')
            time.sleep(0.1)


threads = [
    threading.Thread(target=client, args=('a', 0.1, ['hello', 'world'])),
    threading.Thread(target=client, args=('b', 0.15, ['x', 'y', 'z'])),
]
for t in threads:
    t.start()

idle = 0
while idle < 3:
    events = sel.select(timeout=0.5)
    if not events:
        idle += 1
        print(f'{time.monotonic():.2f} idle {idle}')
    for key, mask in events:
        key.data(key.fileobj, mask)
for t in threads:
    t.join()
print(len(sel.get_map()), [k.fd == server.fileno() for k in sel.get_map().values()])
sel.unregister(server)
server.close()
sel.close()
print(sel.get_map())
try:
    sel.get_key(server)
except RuntimeError as e:
    print('RuntimeError', e)
