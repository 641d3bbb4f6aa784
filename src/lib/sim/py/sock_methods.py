# The loop's low-level socket coroutines on the socket module's non-blocking sockets
# (stdlib/py/socket.py): loop.sock_accept/sock_connect/sock_recv/sock_recv_into/sock_recvfrom/
# sock_sendall/sock_sendto, as CPython's selector_events.py runs them: the call is tried at once,
# and when it would block, a reader (writer) on the socket's descriptor retries it when the
# selector reports the socket, completing a future the coroutine awaits. Bound as loop methods in
# module.ts. Loopback sends never block, so sock_sendall and sock_sendto complete at once.
# loop.add_reader/add_writer/remove_reader/remove_writer put the program's own callbacks on the same
# selector, for a socket or its descriptor (one callback of each kind per descriptor: a new one
# replaces the old, whose handle is cancelled).


def _endpoint(sock):
    ep = getattr(sock, '_ep', None)
    if ep is None:
        raise TypeError(f'a socket.socket is expected, got {type(sock).__name__}')
    return ep


def _check_non_blocking(loop, sock):
    if loop.get_debug() and sock.gettimeout() != 0:
        raise ValueError('the socket must be non-blocking')


def _fd_endpoint(fileobj):
    """The program's socket at a descriptor (an int, or an object with fileno()), as selectors reads it."""
    from selectors import _fileobj_to_fd
    from _loopback import _net

    fd = _fileobj_to_fd(fileobj)
    ep = _net.by_fd.get(fd)
    if ep is None:
        _not_simulated(
            f'the event loop watching file descriptor {fd} is not simulated in Loopline'
            ' (only the program\'s own sockets)'
        )
    return ep


def _attempt(fut, call, *args):
    """call(*args) on behalf of FUT: its result or its error completes FUT. False when the call would
    block (FUT is left pending); an exit or an interrupt is not FUT's and propagates."""
    try:
        outcome = call(*args)
    except (BlockingIOError, InterruptedError):
        return False
    except BaseException as exc:
        if isinstance(exc, (SystemExit, KeyboardInterrupt)):
            raise
        fut.set_exception(exc)
        return True
    fut.set_result(outcome)
    return True


def _accept_non_blocking(sock):
    conn, address = sock.accept()
    conn.setblocking(False)
    return conn, address


class BaseSelectorEventLoop:
    def add_reader(self, fd, callback, *args):
        if self.is_closed():
            raise RuntimeError('Event loop is closed')
        _add_reader(self, _fd_endpoint(fd), callback, *args)

    def add_writer(self, fd, callback, *args):
        if self.is_closed():
            raise RuntimeError('Event loop is closed')
        _add_writer(self, _fd_endpoint(fd), callback, *args)

    def remove_reader(self, fd):
        if self.is_closed():
            return False
        return _remove_reader(self, _fd_endpoint(fd))

    def remove_writer(self, fd):
        if self.is_closed():
            return False
        return _remove_writer(self, _fd_endpoint(fd))

    async def sock_recv(self, sock, n):
        _check_non_blocking(self, sock)
        try:
            return sock.recv(n)
        except (BlockingIOError, InterruptedError):
            pass
        return await _SOCK._read_later(self, sock, _SOCK._sock_recv, n)

    async def sock_recv_into(self, sock, buf):
        _check_non_blocking(self, sock)
        try:
            return sock.recv_into(buf)
        except (BlockingIOError, InterruptedError):
            pass
        return await _SOCK._read_later(self, sock, _SOCK._sock_recv_into, buf)

    async def sock_recvfrom(self, sock, bufsize):
        _check_non_blocking(self, sock)
        try:
            return sock.recvfrom(bufsize)
        except (BlockingIOError, InterruptedError):
            pass
        return await _SOCK._read_later(self, sock, _SOCK._sock_recvfrom, bufsize)

    def _read_later(self, sock, callback, arg):
        fut = self.create_future()
        ep = _endpoint(sock)
        _add_reader(self, ep, callback, self, fut, sock, arg)
        fut.add_done_callback(lambda f: _remove_reader(self, ep))
        return fut

    def _sock_recv(self, fut, sock, n):
        _SOCK._retry(fut, sock.recv, n)

    def _sock_recv_into(self, fut, sock, buf):
        _SOCK._retry(fut, sock.recv_into, buf)

    def _sock_recvfrom(self, fut, sock, bufsize):
        _SOCK._retry(fut, sock.recvfrom, bufsize)

    def _retry(fut, call, arg):
        # The selector said the socket is ready: try again (a cancelled wait is left alone).
        if not fut.done():
            _attempt(fut, call, arg)

    async def sock_sendall(self, sock, data):
        _check_non_blocking(self, sock)
        sock.send(data)

    async def sock_sendto(self, sock, data, address):
        _check_non_blocking(self, sock)
        return sock.sendto(data, address)

    async def sock_connect(self, sock, address):
        _check_non_blocking(self, sock)
        if sock.family in (2, 10):
            if not isinstance(address, tuple) or len(address) < 2:
                raise TypeError(f'{sock.family.name} address must be tuple, not {type(address).__name__}')
            infos = await _ensure_resolved(self, address[0], address[1], 'a connection to host')
            address = infos[0][1:]
        fut = self.create_future()
        if not _attempt(fut, sock.connect, address):
            # In progress: the socket turning writable tells how the connect went.
            ep = _endpoint(sock)
            _add_writer(self, ep, _SOCK._sock_connect_cb, self, fut, sock, address)
            fut.add_done_callback(lambda f: _remove_writer(self, ep))
        return await fut

    def _sock_connect_cb(self, fut, sock, address):
        if fut.done():
            return
        err = sock.getsockopt(1, 4)  # SOL_SOCKET, SO_ERROR
        if err != 0:
            fut.set_exception(OSError(err, f'Connect call failed {address}'))
        else:
            fut.set_result(None)

    async def sock_accept(self, sock):
        _check_non_blocking(self, sock)
        fut = self.create_future()
        _SOCK._sock_accept(self, fut, sock)
        return await fut

    def _sock_accept(self, fut, sock):
        if not _attempt(fut, _accept_non_blocking, sock):
            # Nobody is connecting yet: try again when the listening socket is readable.
            ep = _endpoint(sock)
            _add_reader(self, ep, _SOCK._sock_accept, self, fut, sock)
            fut.add_done_callback(lambda f: _remove_reader(self, ep))


_SOCK = BaseSelectorEventLoop
del BaseSelectorEventLoop
