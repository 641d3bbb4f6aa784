# socket on the program's loopback network (_loopback.py, the network asyncio's streams use): TCP
# and UDP over 127.0.0.1, ::1 and localhost, Unix stream sockets on the run's file system, and
# socketpair(). Loopback delivers at once: a connect() reaches its listener and bytes sent reach
# the peer within the call; sends never block (at most 64 KiB unread, as _loopback.py says).
#
# A call that would block (accept, recv, recvfrom with nothing there) waits on a _thread lock
# that the socket's next change of state releases, so a simulated thread blocks on the virtual
# clock and hands the GIL over as it does in a lock's acquire (sim/threads.md); a timeout is the
# lock's. With no other thread to wake it, a blocking call without a timeout is a deadlock.
#
# gethostname() is 'loopline' (the simulated machine's name); its address, like localhost's, is
# 127.0.0.1. makefile()'s files are _socketfile.py's. Other hosts, raw sockets and ssl are refused
# as not simulated.

import _stdlib_native
from enum import IntEnum
from _fileio import writable_target as _writable_target
from _loopback import _net, _Socket, _DatagramSocket, _UnixSocket, _WILDCARD


def _into(buffer, nbytes, name):
    # recv_into/recvfrom_into's buffer and byte count (0: the buffer's length in bytes).
    size, put = _writable_target(buffer, f'{name}() argument 1')
    if nbytes < 0:
        raise ValueError(f'negative buffersize in {name}')
    if nbytes > size:
        raise ValueError('buffer too small for requested bytes' if name == 'recv_into'
                         else 'nbytes is greater than the length of the buffer')
    return put, nbytes or size


class AddressFamily(IntEnum):
    AF_UNSPEC = 0
    AF_UNIX = 1
    AF_INET = 2
    AF_INET6 = 10


class SocketKind(IntEnum):
    SOCK_STREAM = 1
    SOCK_DGRAM = 2
    SOCK_RAW = 3


AF_UNSPEC = AddressFamily.AF_UNSPEC
AF_UNIX = AddressFamily.AF_UNIX
AF_INET = AddressFamily.AF_INET
AF_INET6 = AddressFamily.AF_INET6
SOCK_STREAM = SocketKind.SOCK_STREAM
SOCK_DGRAM = SocketKind.SOCK_DGRAM
SOCK_RAW = SocketKind.SOCK_RAW
SOL_SOCKET = 1
SO_REUSEADDR = 2
SO_TYPE = 3
SO_ERROR = 4
SO_BROADCAST = 6
SO_SNDBUF = 7
SO_RCVBUF = 8
SO_KEEPALIVE = 9
SO_REUSEPORT = 15
IPPROTO_IP = 0
IPPROTO_TCP = 6
IPPROTO_UDP = 17
IPPROTO_IPV6 = 41
IPV6_V6ONLY = 26
TCP_NODELAY = 1
SHUT_RD = 0
SHUT_WR = 1
SHUT_RDWR = 2
SOMAXCONN = 4096
INADDR_ANY = 0
INADDR_LOOPBACK = 0x7F000001
MSG_PEEK = 2
has_ipv6 = True

error = OSError
timeout = TimeoutError


class herror(OSError):
    pass


class gaierror(OSError):
    pass


_HOSTNAME = 'loopline'
_default_timeout = None
_GLOBAL_DEFAULT_TIMEOUT = object()
# Options that change nothing on the program's own loopback network.
_OPTIONS = {
    (SOL_SOCKET, SO_REUSEADDR),
    (SOL_SOCKET, SO_KEEPALIVE),
    (SOL_SOCKET, SO_REUSEPORT),
    (SOL_SOCKET, SO_SNDBUF),
    (SOL_SOCKET, SO_RCVBUF),
    (IPPROTO_TCP, TCP_NODELAY),
    (IPPROTO_IPV6, IPV6_V6ONLY),
}
_FAMILY_NAMES = {AF_INET: 'AF_INET', AF_INET6: 'AF_INET6', AF_UNIX: 'AF_UNIX'}


def _refuse(what):
    _stdlib_native.not_simulated(what)


def _bad_fd():
    return OSError(9, 'Bad file descriptor')


def _not_connected():
    return OSError(107, 'Transport endpoint is not connected')


def _bytes_like(data):
    if isinstance(data, str) or not isinstance(data, (bytes, bytearray, memoryview)):
        raise TypeError(f"a bytes-like object is required, not '{type(data).__name__}'")
    return bytes(data)


def _check_timeout(value):
    if value is None:
        return None
    if not isinstance(value, (int, float)):
        raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer or float")
    if value < 0:
        raise ValueError('Timeout value out of range')
    return float(value)


class socket:
    """A socket of the program's loopback network."""

    __module__ = 'socket'

    def __init__(self, family=-1, type=-1, proto=-1, fileno=None):
        if fileno is not None:
            _refuse('socket.socket(fileno=...)')
        # -1 stands for the default of each: an IPv4 stream socket, protocol chosen by type.
        family = AF_INET if family == -1 else family
        type = SOCK_STREAM if type == -1 else type
        proto = 0 if proto == -1 else proto
        if family not in (AF_INET, AF_INET6, AF_UNIX):
            _refuse(f'socket family {family}')
        if type == SOCK_RAW:
            _refuse('raw sockets (SOCK_RAW)')
        if type not in (SOCK_STREAM, SOCK_DGRAM):
            _refuse(f'socket type {type}')
        if family == AF_UNIX and type == SOCK_DGRAM:
            _refuse('Unix datagram sockets (AF_UNIX, SOCK_DGRAM)')
        if proto not in (0, IPPROTO_TCP if type == SOCK_STREAM else IPPROTO_UDP) or (proto and family == AF_UNIX):
            _refuse(f'socket protocol {proto}')
        if family == AF_UNIX:
            ep = _UnixSocket()
        elif type == SOCK_STREAM:
            ep = _Socket(int(family))
        else:
            ep = _DatagramSocket(int(family))
        self._setup(ep, family, type, proto)

    def _setup(self, ep, family, type, proto):
        self._ep = ep
        self._family = AddressFamily(family)
        self._type = SocketKind(type)
        self._proto = proto
        self._timeout = _default_timeout
        self._options = {}
        self._io_refs = 0  # the files makefile() made that are still open
        self._closed = False

    @property
    def family(self):
        return self._family

    @property
    def type(self):
        return self._type

    @property
    def proto(self):
        return self._proto

    def __repr__(self):
        closed = ' [closed]' if self._closed or self._ep.closed else ''
        s = f'<socket.socket{closed} fd={self.fileno()}, family={int(self._family)}, type={int(self._type)}, proto={self._proto}'
        if not closed:
            for name, get in (('laddr', self.getsockname), ('raddr', self.getpeername)):
                try:
                    addr = get()
                except OSError:
                    continue
                if addr:
                    s += f', {name}={addr!r}'
        return s + '>'

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def _open(self):
        if self._ep.closed:
            raise _bad_fd()
        return self._ep

    # ---- addresses

    def _address(self, address, what):
        """(host, port) on the loopback network, or a Unix path."""
        if self._family == AF_UNIX:
            import _fs
            return _fs.name(address)
        name = _FAMILY_NAMES[self._family]
        if not isinstance(address, tuple):
            raise TypeError(f'{what}(): {name} address must be tuple, not {type(address).__name__}')
        if self._family == AF_INET and len(address) != 2:
            raise TypeError('AF_INET address must be a pair (host, port)')
        if self._family == AF_INET6 and not 2 <= len(address) <= 4:
            raise TypeError('AF_INET6 address must be a tuple (host, port[, flowinfo[, scopeid]])')
        host, port = address[0], address[1]
        if not isinstance(host, (str, bytes, bytearray)):
            raise TypeError(f'str, bytes or bytearray expected, not {type(host).__name__}')
        if not isinstance(port, int):
            raise TypeError(f"'{type(port).__name__}' object cannot be interpreted as an integer")
        if not 0 <= port <= 65535:
            raise OverflowError(f'{what}(): port must be 0-65535.')
        if isinstance(host, (bytes, bytearray)):
            host = bytes(host).decode()
        wildcard = _WILDCARD[int(self._family)]
        if host == '':
            host = wildcard
        elif host == 'localhost':
            host = '127.0.0.1' if self._family == AF_INET else '::1'
        elif host == _HOSTNAME and self._family == AF_INET:
            host = '127.0.0.1'
        loopback = '127.0.0.1' if self._family == AF_INET else '::1'
        if host not in (loopback, wildcard):
            _stdlib_native.refuse(
                f'{what}() on address {host!r} is not simulated in Loopline (only 127.0.0.1, ::1, localhost'
                ' and the wildcard address: the program talking to itself)'
            )
        return host, port

    def getsockname(self):
        return self._open().getsockname()

    def getpeername(self):
        return self._open().getpeername()

    def fileno(self):
        return -1 if self._ep.closed else self._ep.fd

    # ---- blocking

    def _wait(self, ready):
        """Block until ready() (a timeout runs out as TimeoutError; non-blocking: BlockingIOError)."""
        if ready():
            return
        t = self._timeout
        if t == 0:
            raise BlockingIOError(11, 'Resource temporarily unavailable')
        import _thread
        deadline = None if t is None else _stdlib_native.clock() + t
        ep = self._ep
        while not ready():
            lock = _thread.allocate_lock()
            lock.acquire()
            ep.waiters.append(lock)
            if deadline is None:
                lock.acquire()
                continue
            left = deadline - _stdlib_native.clock()
            if left <= 0 or not lock.acquire(True, left):
                if lock in ep.waiters:
                    ep.waiters.remove(lock)
                if not ready():
                    raise TimeoutError('timed out')

    # ---- connections

    def bind(self, address):
        ep = self._open()
        if ep.laddr is not None:
            raise OSError(22, 'Invalid argument')
        if self._family == AF_UNIX:
            ep.bind(self._address(address, 'bind'))
            return
        host, port = self._address(address, 'bind')
        if port != 0 and self._type == SOCK_STREAM:
            wildcard = _WILDCARD[int(self._family)]
            for h, p in _net.listeners:
                if p == port and wildcard in (h, host) and _net.listeners[(h, p)].family == self._family:
                    raise OSError(98, 'Address already in use')
        ep.bind(host, port)

    def listen(self, backlog=None):
        ep = self._open()
        if self._type != SOCK_STREAM:
            raise OSError(95, 'Operation not supported')
        if ep.laddr is None:
            ep.bind(_WILDCARD[int(self._family)], 0)
        ep.listen()

    def accept(self):
        ep = self._open()
        if not ep.listening:
            raise OSError(22, 'Invalid argument')
        self._wait(lambda: ep.backlog or ep.closed)
        if ep.closed:
            raise _bad_fd()
        conn, addr = ep.accept()
        return self._wrap(conn), addr

    def _wrap(self, ep):
        sock = socket.__new__(socket)
        sock._setup(ep, self._family, self._type, self._proto)
        return sock

    def connect(self, address):
        ep = self._open()
        if self._type == SOCK_DGRAM:
            host, port = self._address(address, 'connect')
            ep.connect(host, port)
            return
        if ep.raddr is not None or ep.peer is not None:
            raise OSError(106, 'Transport endpoint is already connected')
        if self._family == AF_UNIX:
            ep.connect(self._address(address, 'connect'))
            return
        host, port = self._address(address, 'connect')
        if host == _WILDCARD[int(self._family)]:
            host = '127.0.0.1' if self._family == AF_INET else '::1'
        try:
            ep.connect(host, port)
        except BlockingIOError as exc:
            # Non-blocking: in progress (a refusal is then the socket's SO_ERROR, as on Linux).
            if self._timeout == 0:
                raise exc from None
            if ep.error:
                ep.error = 0
                raise ConnectionRefusedError(111, 'Connection refused') from None

    def connect_ex(self, address):
        try:
            self.connect(address)
        except (TypeError, OverflowError):
            raise
        except OSError as exc:
            if exc.errno is None:
                raise
            return exc.errno
        return 0

    def shutdown(self, how):
        ep = self._open()
        if how not in (SHUT_RD, SHUT_WR, SHUT_RDWR):
            raise OSError(22, 'Invalid argument')
        # A connection reset by its peer is closed: Linux says ENOTCONN, as for one never made.
        if self._type == SOCK_STREAM and (ep.peer is None or ep.reset or ep.dead):
            raise _not_connected()
        if how != SHUT_WR:
            ep.rd_eof = True
            ep._wake(0)
        if how != SHUT_RD:
            ep.shutdown_write()

    def close(self):
        # The descriptor stays open while a file makefile() made is (CPython counts them).
        self._closed = True
        if self._io_refs <= 0:
            self._ep.close()

    def _decref_socketios(self):
        # A makefile() file was closed; a socket closed earlier now really closes when none is left.
        self._io_refs = max(self._io_refs - 1, 0)
        if self._closed:
            self.close()

    def detach(self):
        _refuse('socket.detach()')

    def dup(self):
        _refuse('socket.dup()')

    def makefile(self, mode='r', buffering=None, *, encoding=None, errors=None, newline=None):
        import _socketfile
        return _socketfile.makefile(self, mode, buffering, encoding=encoding, errors=errors, newline=newline)

    # ---- data

    def send(self, data, flags=0):
        ep = self._open()
        data = _bytes_like(data)
        if flags:
            _refuse(f'send() flags ({flags})')
        if self._type == SOCK_DGRAM:
            if ep.raddr is None:
                raise OSError(89, 'Destination address required')
            return ep.send(data)
        if ep.peer is None:
            raise BrokenPipeError(32, 'Broken pipe')
        ep.check_send(data)
        return ep.send(data)

    def sendall(self, data, flags=0):
        self.send(data, flags)

    def sendto(self, data, flags_or_address, address=None):
        ep = self._open()
        if address is None:
            address, flags = flags_or_address, 0
        else:
            flags = flags_or_address
        data = _bytes_like(data)
        if flags:
            _refuse(f'sendto() flags ({flags})')
        if self._type != SOCK_DGRAM:
            if ep.peer is not None:
                raise OSError(106, 'Transport endpoint is already connected')
            raise BrokenPipeError(32, 'Broken pipe')
        host, port = self._address(address, 'sendto')
        return ep.sendto(data, (host, port))

    def _readable(self):
        ep = self._ep
        if self._type == SOCK_DGRAM:
            return lambda: ep.queue or ep.error or ep.closed
        return lambda: ep.rbuf or ep.rd_eof or ep.reset or ep.error or ep.closed

    def recv(self, bufsize, flags=0):
        return self._recv(bufsize, flags, 'recv')[0]

    def recvfrom(self, bufsize, flags=0):
        return self._recv(bufsize, flags, 'recvfrom')

    def _recv(self, bufsize, flags, what):
        ep = self._open()
        if not isinstance(bufsize, int):
            raise TypeError(f"'{type(bufsize).__name__}' object cannot be interpreted as an integer")
        if bufsize < 0:
            raise ValueError(f'negative buffersize in {what}')
        if flags:
            _refuse(f'{what}() flags ({flags})')
        if self._type == SOCK_DGRAM:
            self._wait(self._readable())
            if ep.closed:
                raise _bad_fd()
            return ep.recvfrom(bufsize)
        if ep.peer is None and not ep.rd_eof and not ep.error:
            raise _not_connected()
        self._wait(self._readable())
        if ep.closed:
            raise _bad_fd()
        data = ep.recv(bufsize)
        return data, (None if self._family != AF_UNIX else ep.raddr)

    def recv_into(self, buffer, nbytes=0, flags=0):
        put, nbytes = _into(buffer, nbytes, 'recv_into')
        data = self.recv(nbytes, flags)
        put(data)
        return len(data)

    def recvfrom_into(self, buffer, nbytes=0, flags=0):
        put, nbytes = _into(buffer, nbytes, 'recvfrom_into')
        data, addr = self.recvfrom(nbytes, flags)
        put(data)
        return len(data), addr

    # ---- options and timeouts

    def setsockopt(self, level, optname, value, optlen=None):
        self._open()
        if (level, optname) == (SOL_SOCKET, SO_BROADCAST):
            _refuse('broadcast (SO_BROADCAST)')
        if (level, optname) not in _OPTIONS:
            _refuse(f'socket option ({level}, {optname})')
        self._options[(level, optname)] = value

    def getsockopt(self, level, optname, buflen=None):
        ep = self._open()
        if (level, optname) == (SOL_SOCKET, SO_ERROR):
            err, ep.error = ep.error, 0
            return err
        if (level, optname) == (SOL_SOCKET, SO_TYPE):
            return int(self._type)
        if (level, optname) not in _OPTIONS or (level, optname) in ((SOL_SOCKET, SO_SNDBUF), (SOL_SOCKET, SO_RCVBUF)):
            _refuse(f'socket option ({level}, {optname})')
        value = self._options.get((level, optname), 0)
        return int(value) if not isinstance(value, (bytes, bytearray)) else value

    def settimeout(self, value):
        self._timeout = _check_timeout(value)

    def gettimeout(self):
        return self._timeout

    def setblocking(self, flag):
        self._timeout = None if flag else 0.0

    def getblocking(self):
        return self._timeout != 0.0


SocketType = socket


def socketpair(family=None, type=SOCK_STREAM, proto=0):
    """Two connected Unix stream sockets (named '' both), as Linux's socketpair() makes them."""
    if family not in (None, AF_UNIX) or type != SOCK_STREAM or proto != 0:
        _refuse('socketpair() other than (AF_UNIX, SOCK_STREAM)')
    a, b = socket(AF_UNIX, SOCK_STREAM), socket(AF_UNIX, SOCK_STREAM)
    a._ep.peer, b._ep.peer = b._ep, a._ep
    a._ep.raddr = b._ep.raddr = ''
    return a, b


def create_connection(address, timeout=_GLOBAL_DEFAULT_TIMEOUT, source_address=None, *, all_errors=False):
    host, port = address
    if source_address is not None:
        _refuse('create_connection(source_address=...)')
    family = AF_INET6 if host == '::1' else AF_INET
    # CPython makes the socket from getaddrinfo's answer: its protocol is IPPROTO_TCP.
    sock = socket(family, SOCK_STREAM, IPPROTO_TCP)
    try:
        if timeout is not _GLOBAL_DEFAULT_TIMEOUT:
            sock.settimeout(timeout)
        sock.connect((host, port))
    except BaseException:
        sock.close()
        raise
    return sock


def has_dualstack_ipv6():
    return True


def create_server(address, *, family=AF_INET, backlog=None, reuse_port=False, dualstack_ipv6=False):
    if dualstack_ipv6:
        _refuse('create_server(dualstack_ipv6=True)')
    sock = socket(family, SOCK_STREAM)
    try:
        sock.setsockopt(SOL_SOCKET, SO_REUSEADDR, 1)
        try:
            sock.bind(address)
        except OSError as err:
            raise OSError(err.errno, '%s (while attempting to bind on address %r)' % (err.strerror, address)) from None
        if backlog is None:
            sock.listen()
        else:
            sock.listen(backlog)
        return sock
    except BaseException:
        sock.close()
        raise


def getdefaulttimeout():
    return _default_timeout


def setdefaulttimeout(timeout):
    global _default_timeout
    _default_timeout = _check_timeout(timeout)


def gethostname():
    return _HOSTNAME


def _host_address(host):
    if host in ('localhost', _HOSTNAME, '127.0.0.1', ''):
        return '127.0.0.1'
    if host == '0.0.0.0':
        return host
    _stdlib_native.refuse(
        f'resolving {host!r} is not simulated in Loopline (only localhost, 127.0.0.1 and gethostname():'
        ' the program talking to itself)'
    )


def gethostbyname(hostname):
    return _host_address(hostname)


def getaddrinfo(host, port, family=0, type=0, proto=0, flags=0):
    if host is None:
        host = '127.0.0.1'
    if host == '::1':
        fam, addr = AF_INET6, ('::1', port, 0, 0)
    else:
        fam, addr = AF_INET, (_host_address(host), port)
    if family not in (0, fam):
        raise gaierror(-9, 'Address family for hostname not supported')
    kinds = [(SOCK_STREAM, IPPROTO_TCP), (SOCK_DGRAM, IPPROTO_UDP), (SOCK_RAW, 0)]
    return [(fam, k, p, '', addr) for k, p in kinds if (type in (0, k)) and (proto in (0, p))]


def htons(x):
    return ((x & 0xFF) << 8) | ((x >> 8) & 0xFF)


ntohs = htons


def htonl(x):
    return int.from_bytes((x & 0xFFFFFFFF).to_bytes(4, 'big'), 'little')


ntohl = htonl


def inet_aton(ip):
    parts = ip.split('.')
    if len(parts) != 4 or not all(p.isdigit() and int(p) < 256 for p in parts):
        raise OSError('illegal IP address string passed to inet_aton')
    return bytes(int(p) for p in parts)


def inet_ntoa(packed):
    if len(packed) != 4:
        raise OSError('packed IP wrong length for inet_ntoa')
    return '.'.join(str(b) for b in packed)

# The C module _socket's: `<built-in function gethostname>`; ntohs and htons are two functions there.
from _stdlib_native import c_functions as _c_functions
_c_functions('_socket', globals(), '''getdefaulttimeout setdefaulttimeout gethostname gethostbyname htons ntohs htonl
    ntohl inet_aton inet_ntoa''')
del _c_functions
