# errno's names and errorcode (Linux's numbers, as the simulated OSErrors carry), and blocking-socket details:
# getaddrinfo, refused connections, connect_ex, timeouts, a reset connection's EPIPE and ENOTCONN, create_connection's proto.
import errno
import os
import socket
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
srv = socket.create_server(('127.0.0.1', 54122))
show('getaddrinfo', lambda: socket.getaddrinfo('localhost', 80, socket.AF_INET, socket.SOCK_STREAM))
show('getaddrinfo num', lambda: socket.getaddrinfo('127.0.0.1', 8080, type=socket.SOCK_DGRAM))
show('refused', lambda: socket.create_connection(('127.0.0.1', 54198)))
show('connect_ex', lambda: socket.socket().connect_ex(('127.0.0.1', 54198)) == errno.ECONNREFUSED)
c = socket.create_connection(('127.0.0.1', 54122))
conn, addr = srv.accept()
show('peer', lambda: (addr[0], conn.getsockname()))
c.setblocking(False)
show('nonblocking recv', lambda: c.recv(10))
show('timeout', lambda: (c.gettimeout(), c.getblocking()))
c.settimeout(0.2)
show('recv timeout', lambda: c.recv(10))
show('socket.timeout is TimeoutError', lambda: socket.timeout is TimeoutError)
conn.sendall(b'abc')
show('recv', lambda: c.recv(10))
show('send after peer close', lambda: (conn.close(), c.recv(10)))
show('sendall to closed peer', lambda: [c.sendall(b'x' * 10) for _ in range(3)])
show('bind in use', lambda: socket.create_server(('127.0.0.1', 54122)))
show('reuse', lambda: srv.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR))
show('inet_aton', lambda: (socket.inet_aton('10.1.2.3'), socket.inet_ntoa(b'\x7f\x00\x00\x01'), socket.htons(80), socket.ntohl(1)))
show('gethostbyname', lambda: socket.gethostbyname('localhost'))
show('shutdown', lambda: c.shutdown(socket.SHUT_RDWR))
c.close()
show('closed repr', lambda: repr(c))
show('fileno closed', lambda: c.fileno())
show('recv closed', lambda: c.recv(1))
srv.close()
print(len(errno.errorcode), errno.errorcode[2], errno.EWOULDBLOCK == errno.EAGAIN, errno.errorcode[errno.EWOULDBLOCK])
print(errno.errorcode[errno.EDEADLK], errno.EOPNOTSUPP, errno.errorcode[95], errno.ECONNRESET, errno.EADDRINUSE)
try:
    open('/nope/file')
except OSError as e:
    print(e.errno == errno.ENOENT, errno.errorcode[e.errno], os.strerror(e.errno))
print(sorted(n for n in dir(errno) if n.startswith('EC')), type(errno.errorcode).__name__)
print(os.strerror(0), os.strerror(1000), os.strerror(errno.EPIPE), os.strerror(errno.ECONNREFUSED))
