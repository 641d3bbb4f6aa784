# A line protocol over socket.makefile with the server in a thread: readline() blocks on the
# clock until a whole line is there (the client sends one in two pieces), and a reply reaches the
# client at the server's flush. After a timeout the file refuses to read on (CPython's SocketIO).
import socket
import threading
import time

srv = socket.create_server(('127.0.0.1', 0))
port = srv.getsockname()[1]


def serve():
    conn, _ = srv.accept()
    with conn, conn.makefile('rwb') as f:
        while line := f.readline():
            print(f'{time.monotonic():.2f} server read {line!r}')
            time.sleep(0.05)
            f.write(line.upper())
            if line.startswith(b'flush'):
                f.flush()
        print(f'{time.monotonic():.2f} server: end of stream')


t = threading.Thread(target=serve)
t.start()
c = socket.create_connection(('127.0.0.1', port))
rf = c.makefile('r', encoding='utf-8')
c.sendall(b'hel')
time.sleep(0.2)
c.sendall(b'lo\nflush ')
time.sleep(0.1)
c.sendall(b'now\n')
print(f'{time.monotonic():.2f} client got {rf.readline()!r}')
print(f'{time.monotonic():.2f} client got {rf.readline()!r}')
c.settimeout(0.5)
c.sendall(b'unflushed\n')
try:
    print(rf.readline())
except TimeoutError as e:
    print(f'{time.monotonic():.2f} client: {type(e).__name__}: {e}')
c.shutdown(socket.SHUT_WR)
t.join()
c.settimeout(None)
try:
    rf.read()
except OSError as e:
    print(f'{time.monotonic():.2f} {type(e).__name__}: {e}')
print(f'{time.monotonic():.2f} rest {c.recv(100)!r}')
rf.close()
c.close()
srv.close()
print(c, rf.closed)
