# Resets and broken pipes on blocking sockets: a peer that closes with unread data resets the
# connection, one that closed cleanly makes the next send fail; timeouts, UDP and address edges.
import socket, time
srv = socket.create_server(("127.0.0.1", 50791))
srv.settimeout(2)
c = socket.create_connection(("127.0.0.1", 50791), timeout=3)
print(c.gettimeout())
conn, _ = srv.accept()
print(conn.gettimeout())
c.sendall(b"unread")
conn.close()
try:
    print(c.recv(10))
except OSError as e:
    print("recv:", repr(e))
try:
    c.sendall(b"x"); print("send ok")
    c.sendall(b"y"); print("send ok")
except OSError as e:
    print("send:", repr(e))
c.close()
c = socket.create_connection(("127.0.0.1", 50791))
conn, _ = srv.accept()
conn.close()
print("eof:", c.recv(10))
try:
    c.sendall(b"x"); print("send1 ok")
    c.sendall(b"y"); print("send2 ok")
except OSError as e:
    print("send:", repr(e))
try:
    print(c.recv(10))
except OSError as e:
    print("recv after:", repr(e))
c.close()
u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u.settimeout(0.5)
try:
    u.recvfrom(10)
except TimeoutError:
    print("udp timeout", u.getsockname())
u.close()
print(socket.getaddrinfo("127.0.0.1", 80, type=socket.SOCK_STREAM))
print(socket.gethostbyname("localhost"), time.time())
s = socket.socket()
s.bind(("", 0))
print(s.getsockname()[0])
try:
    s.connect(("127.0.0.1", 50791)); print("connected", s.getpeername())
except OSError as e:
    print(repr(e))
