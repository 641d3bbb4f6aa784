# The socket module without threads: addresses, blocking and non-blocking calls, timeouts on the
# clock, refusals, socketpair, UDP, shutdown and the errors CPython raises.
import socket
import time

PORT = 50741

srv = socket.create_server(("127.0.0.1", PORT))
print(srv, srv.gettimeout(), srv.getblocking())
print(srv.family, srv.type, repr(srv.family), repr(srv.type), socket.SOCK_DGRAM, socket.AF_INET6)
srv.setblocking(False)
try:
    srv.accept()
except BlockingIOError as e:
    print("non-blocking accept:", repr(e))
srv.settimeout(1.5)
print("timeout", srv.gettimeout(), srv.getblocking())
try:
    srv.accept()
except socket.timeout as e:
    print(f"{time.time():.1f} accept timed out:", repr(e), e is not None and isinstance(e, TimeoutError))

# A connect completes before the server accepts (the kernel's backlog holds it).
cli = socket.create_connection(("127.0.0.1", PORT))
conn, addr = srv.accept()
print("accepted", addr[0], conn.getsockname(), conn.getpeername() == cli.getsockname())
print("conn timeout:", conn.gettimeout(), "fds", srv.fileno(), cli.fileno(), conn.fileno())
cli.sendall(b"hello ")
cli.send(b"world")
print("server got", conn.recv(100))
conn.sendall(b"12345678")
buf = bytearray(5)
n = cli.recv_into(buf)
print("recv_into", n, buf, cli.recv(100))
conn.settimeout(0.25)
try:
    conn.recv(10)
except TimeoutError as e:
    print(f"{time.time():.2f} recv timed out: {e}")
cli.shutdown(socket.SHUT_WR)
print("after shutdown:", conn.recv(10), conn.recv(10))
conn.sendall(b"bye")
print("client still reads:", cli.recv(10))
conn.close()
print("after close:", cli.recv(10))
print(conn)
for call in (lambda: conn.recv(1), lambda: conn.send(b"x"), lambda: conn.getsockname()):
    try:
        call()
    except OSError as e:
        print("closed socket:", repr(e))
cli.close()

# Refusals and errors.
c = socket.socket()
print("connect_ex:", c.connect_ex(("127.0.0.1", PORT + 1)))
try:
    c.connect(("127.0.0.1", PORT + 1))
except ConnectionRefusedError as e:
    print("connect:", repr(e), e.errno, e.strerror)
c.close()
try:
    socket.create_server(("127.0.0.1", PORT))
except OSError as e:
    print("create_server:", repr(e), e.errno)
b = socket.socket()
try:
    b.bind(("127.0.0.1", PORT))
except OSError as e:
    print("bind:", repr(e))
for bad in (("127.0.0.1", "80"), ("127.0.0.1", 70000), "127.0.0.1", ("127.0.0.1",)):
    try:
        b.bind(bad)
    except (TypeError, OverflowError, OSError) as e:
        print("bind", repr(bad), "->", type(e).__name__, e)
try:
    b.send(b"x")
except OSError as e:
    print("send unconnected:", repr(e))
try:
    b.recv(-1)
except ValueError as e:
    print("recv -1:", e)
b.close()
srv.close()

# socketpair: two connected Unix stream sockets.
a, z = socket.socketpair()
print(a.family, a.type, repr(a.getsockname()), repr(z.getpeername()))
a.sendall(b"ping")
print(z.recv(10))
z.settimeout(0.5)
try:
    z.recv(10)
except TimeoutError:
    print(f"{time.time():.2f} socketpair recv timed out")
a.close()
print("peer closed:", z.recv(10))
z.close()

# UDP: datagrams keep their boundaries; recvfrom says who sent them.
with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as r, socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
    r.bind(("127.0.0.1", PORT + 2))
    s.sendto(b"one", ("127.0.0.1", PORT + 2))
    s.sendto(b"two", ("127.0.0.1", PORT + 2))
    data, src = r.recvfrom(100)
    print(data, src[0], src == s.getsockname(), r.recv(2))
    r.settimeout(0.75)
    try:
        r.recvfrom(10)
    except socket.timeout:
        print(f"{time.time():.2f} recvfrom timed out")
    s.connect(("127.0.0.1", PORT + 3))
    s.send(b"nobody there")
    try:
        s.recv(10)
    except ConnectionRefusedError as e:
        print("connected UDP:", repr(e))
print("closed:", r, s)
print(socket.getdefaulttimeout(), socket.htons(1), socket.inet_aton("127.0.0.1"), socket.inet_ntoa(b"\x7f\x00\x00\x01"))
print(f"end {time.time():.2f}")
