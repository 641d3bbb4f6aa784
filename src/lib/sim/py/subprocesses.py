# asyncio's subprocesses: CPython's asyncio/subprocess.py (create_subprocess_exec/shell, Process,
# SubprocessStreamProtocol), base_subprocess.py (the subprocess transport and its pipe protocols),
# and unix_events.py's pipe transports and pidfd child watcher (3.12-3.14 on Linux), step for
# step, over the simulated children of stdlib's subprocess (stdlib/subprocesses.ts). The loop sees
# the children through a selector of their own, asked only when nothing else is ready
# (sim/subprocesses.md): they settle first, then their ready pipes and pidfds are reported, child
# by child in spawn order, each one's as stdin, stdout, stderr, exit.

_SUBPROCESS_PIPE = -1
_SUBPROCESS_STDOUT = -2
_SUBPROCESS_DEVNULL = -3
_PIPE_MAX_READ = 256 * 1024  # what a pipe transport asks os.read() for
# The selector's roles of a child's descriptors, and the bits of _subprocesses.events() for them.
_ROLE_BITS = ((0, 1), (1, 2), (2, 4), (3, 8))


def _sp_native():
    import _subprocesses
    return _subprocesses


class _ChildSelector:
    """The loop's view of its children: (pid, role) -> the reader callback registered, in spawn order."""

    def __init__(self, loop):
        self.loop = loop
        self.children = {}  # pid -> {role: (callback, args)}, in the order the children were watched
        self.pending = {}  # (pid, role) -> the handle the last poll scheduled (remove cancels it)

    def add(self, pid, role, callback, args):
        self._cancel(pid, role)
        self.children.setdefault(pid, {})[role] = (callback, args)

    def polling(self, pid, role):
        return role in self.children.get(pid, ())

    def remove(self, pid, role):
        roles = self.children.get(pid)
        if roles is None or role not in roles:
            return False
        del roles[role]
        self._cancel(pid, role)
        if not roles:
            del self.children[pid]
        return True

    def _cancel(self, pid, role):
        handle = self.pending.pop((pid, role), None)
        if handle is not None:
            handle.cancel()

    def poll(self):
        native = _sp_native()
        native.settle()
        for pid, roles in list(self.children.items()):
            ev = native.events(pid)
            for role, bit in _ROLE_BITS:
                entry = roles.get(role)
                if entry is not None and ev & bit:
                    self.pending[(pid, role)] = self.loop.call_soon(entry[0], *entry[1])


_child_selectors = {}


def _child_selector(loop):
    sel = _child_selectors.get(id(loop))
    if sel is None or sel.loop is not loop:
        sel = _child_selectors[id(loop)] = _ChildSelector(loop)
        _set_child_poll(loop, sel.poll)
    return sel


def _pipe_fds(stdin, stdout, stderr):
    """The descriptors Popen leaves the parent (stdin's write end, stdout's and stderr's read ends),
    numbered as CPython's: its pipes, /dev/null and the exec error pipe are opened in that order,
    then the child's ends closed."""
    opened = []
    kept = {}
    devnull = None
    for role, mode in enumerate((stdin, stdout, stderr)):
        if mode == _SUBPROCESS_PIPE:
            r, w = _net.fd(), _net.fd()
            kept[role] = w if role == 0 else r
            opened.append(r if role == 0 else w)
        elif mode == _SUBPROCESS_DEVNULL and devnull is None:
            devnull = _net.fd()
            opened.append(devnull)
    opened += [_net.fd(), _net.fd()]
    for fd in opened:
        _net.release(fd)
    return kept


class SubprocessProtocol(BaseProtocol):
    __module__ = 'asyncio.protocols'
    __slots__ = ()

    def pipe_data_received(self, fd, data):
        pass

    def pipe_connection_lost(self, fd, exc):
        pass

    def process_exited(self):
        pass


class SubprocessTransport(BaseTransport):
    __module__ = 'asyncio.transports'
    __slots__ = ()

    def get_pid(self):
        raise NotImplementedError

    def get_returncode(self):
        raise NotImplementedError

    def get_pipe_transport(self, fd):
        raise NotImplementedError

    def send_signal(self, signal):
        raise NotImplementedError

    def terminate(self):
        raise NotImplementedError

    def kill(self):
        raise NotImplementedError


class _PipeTransport:
    """What a child's two kinds of pipe transport share (CPython's unix_events writes them in each):
    the loop and child they belong to, their descriptor, their protocol, and whether they close."""

    __slots__ = ()

    def _open(self, loop, pid, fd, protocol):
        self._loop = loop
        self._pid = pid
        self._pipe = True
        self._fileno = fd
        self._protocol = protocol
        self._closing = False

    def set_protocol(self, protocol):
        self._protocol = protocol

    def get_protocol(self):
        return self._protocol

    def is_closing(self):
        return self._closing


class _UnixReadPipeTransport(_PipeTransport, ReadTransport):
    """A child's stdout or stderr pipe, read by the loop (unix_events._UnixReadPipeTransport)."""

    __module__ = 'asyncio.unix_events'

    def __init__(self, loop, pid, role, fd, protocol, waiter):
        super().__init__({'pipe': None})
        self._open(loop, pid, fd, protocol)
        self._role = role
        self._which = 'out' if role == 1 else 'err'
        self._paused = False
        loop.call_soon(protocol.connection_made, self)
        loop.call_soon(self._add_reader, fd, self._read_ready)
        loop.call_soon(_set_result_unless_cancelled, waiter, None)

    def _add_reader(self, fd, callback):
        if not self.is_reading():
            return
        _child_selector(self._loop).add(self._pid, self._role, callback, ())

    def _remove_reader(self):
        _child_selector(self._loop).remove(self._pid, self._role)

    def is_reading(self):
        return not self._paused and not self._closing

    def __repr__(self):
        info = [self.__class__.__name__]
        if self._pipe is None:
            info.append('closed')
        elif self._closing:
            info.append('closing')
        info.append(f'fd={self._fileno}')
        if self._pipe is not None and self._loop is not None and not self._loop.is_closed():
            polling = _child_selector(self._loop).polling(self._pid, self._role)
            info.append('polling' if polling else 'idle')
        elif self._pipe is not None:
            info.append('open')
        else:
            info.append('closed')
        return '<{}>'.format(' '.join(info))

    def _read_ready(self):
        native = _sp_native()
        data = native.take(self._pid, self._which, _PIPE_MAX_READ)
        if data:
            self._protocol.data_received(data)
        elif native.at_eof(self._pid, self._which):
            self._closing = True
            self._remove_reader()
            self._loop.call_soon(self._protocol.eof_received)
            self._loop.call_soon(self._call_connection_lost, None)

    def pause_reading(self):
        if not self.is_reading():
            return
        self._paused = True
        self._remove_reader()

    def resume_reading(self):
        if self._closing or not self._paused:
            return
        self._paused = False
        _child_selector(self._loop).add(self._pid, self._role, self._read_ready, ())

    def close(self):
        if not self._closing:
            self._close(None)

    def _close(self, exc):
        self._closing = True
        self._remove_reader()
        self._loop.call_soon(self._call_connection_lost, exc)

    def _call_connection_lost(self, exc):
        try:
            self._protocol.connection_lost(exc)
        finally:
            _net.release(self._fileno)
            self._pipe = None
            self._protocol = None
            self._loop = None


class _UnixWritePipeTransport(_PipeTransport, WriteTransport):
    """A child's stdin pipe, written by the loop (unix_events._UnixWritePipeTransport): its read
    callback hears of the child's end closing (the child ended)."""

    __module__ = 'asyncio.unix_events'

    def __init__(self, loop, pid, fd, protocol, waiter):
        super().__init__({'pipe': None})
        self._open(loop, pid, fd, protocol)
        self._conn_lost = 0
        self._high_water = 64 * 1024
        self._low_water = 16 * 1024
        loop.call_soon(protocol.connection_made, self)
        loop.call_soon(_child_selector(loop).add, pid, 0, self._read_ready, ())
        loop.call_soon(_set_result_unless_cancelled, waiter, None)

    def __repr__(self):
        info = [self.__class__.__name__]
        if self._pipe is None:
            info.append('closed')
        elif self._closing:
            info.append('closing')
        info.append(f'fd={self._fileno}')
        if self._pipe is not None and self._loop is not None and not self._loop.is_closed():
            # (Its writer is never polled: a pipe here takes every write whole.)
            info.append('idle')
            info.append('bufsize=0')
        elif self._pipe is not None:
            info.append('open')
        else:
            info.append('closed')
        return '<{}>'.format(' '.join(info))

    def get_write_buffer_size(self):
        return 0

    def get_write_buffer_limits(self):
        return (self._low_water, self._high_water)

    def set_write_buffer_limits(self, high=None, low=None):
        if high is None:
            high = 64 * 1024 if low is None else 4 * low
        if low is None:
            low = high // 4
        if not high >= low >= 0:
            raise ValueError(f'high ({high!r}) must be >= low ({low!r}) must be >= 0')
        self._high_water = high
        self._low_water = low

    def _read_ready(self):
        # The child's end was closed (it ended).
        self._close()

    def write(self, data):
        if not isinstance(data, (bytes, bytearray, memoryview)):
            raise AssertionError(repr(data))
        if not data:
            return
        if self._conn_lost or self._closing:
            self._conn_lost += 1
            return
        if not _sp_native().feed(self._pid, bytes(data)):
            self._conn_lost += 1
            # os.write's EPIPE: an OSError, closed without a report.
            self._close(BrokenPipeError(32, 'Broken pipe'))

    def can_write_eof(self):
        return True

    def write_eof(self):
        if self._closing:
            return
        self._closing = True
        _child_selector(self._loop).remove(self._pid, 0)
        self._loop.call_soon(self._call_connection_lost, None)

    def close(self):
        if self._pipe is not None and not self._closing:
            self.write_eof()

    def abort(self):
        self._close(None)

    def _close(self, exc=None):
        self._closing = True
        _child_selector(self._loop).remove(self._pid, 0)
        self._loop.call_soon(self._call_connection_lost, exc)

    def _call_connection_lost(self, exc):
        try:
            self._protocol.connection_lost(exc)
        finally:
            # The parent's end closes: the child reads the end of its input.
            _sp_native().close_stdin(self._pid)
            _net.release(self._fileno)
            self._pipe = None
            self._protocol = None
            self._loop = None


class BaseSubprocessTransport(SubprocessTransport):
    __module__ = 'asyncio.base_subprocess'

    def __init__(self, loop, protocol, args, shell, stdin, stdout, stderr, bufsize, waiter=None, extra=None, **kwargs):
        super().__init__(extra)
        self._closed = False
        self._protocol = protocol
        self._loop = loop
        self._proc = None
        self._pid = None
        self._returncode = None
        self._exit_waiters = []
        self._pending_calls = _deque()
        self._pipes = {}
        self._finished = False
        self._pipes_connected = False
        if stdin == _SUBPROCESS_PIPE:
            self._pipes[0] = None
        if stdout == _SUBPROCESS_PIPE:
            self._pipes[1] = None
        if stderr == _SUBPROCESS_PIPE:
            self._pipes[2] = None
        try:
            self._start(args=args, shell=shell, stdin=stdin, stdout=stdout, stderr=stderr, bufsize=bufsize, **kwargs)
        except:
            self.close()
            raise
        self._pid = self._proc.pid
        # The child's output and exit wake this loop when it waits for them.
        _sp_native().watch(self._pid, loop)
        self._extra['subprocess'] = self._proc
        self._loop.create_task(self._connect_pipes(waiter))

    def _start(self, args, shell, stdin, stdout, stderr, bufsize, **kwargs):
        import subprocess
        self._proc = subprocess.Popen(args, shell=shell, stdin=stdin, stdout=stdout, stderr=stderr,
                                      universal_newlines=False, bufsize=bufsize, **kwargs)
        self._fds = _pipe_fds(stdin, stdout, stderr)

    def __repr__(self):
        info = [self.__class__.__name__]
        if self._closed:
            info.append('closed')
        if self._pid is not None:
            info.append(f'pid={self._pid}')
        if self._returncode is not None:
            info.append(f'returncode={self._returncode}')
        elif self._pid is not None:
            info.append('running')
        else:
            info.append('not started')
        stdin = self._pipes.get(0)
        if stdin is not None:
            info.append(f'stdin={stdin.pipe}')
        stdout = self._pipes.get(1)
        stderr = self._pipes.get(2)
        if stdout is not None and stderr is stdout:
            info.append(f'stdout=stderr={stdout.pipe}')
        else:
            if stdout is not None:
                info.append(f'stdout={stdout.pipe}')
            if stderr is not None:
                info.append(f'stderr={stderr.pipe}')
        return '<{}>'.format(' '.join(info))

    def set_protocol(self, protocol):
        self._protocol = protocol

    def get_protocol(self):
        return self._protocol

    def is_closing(self):
        return self._closed

    def close(self):
        if self._closed:
            return
        self._closed = True
        for proto in self._pipes.values():
            if proto is None:
                continue
            if _PY_MINOR < 14 or (self._loop and not self._loop.is_closed()):
                proto.pipe.close()
        if self._proc is not None and self._returncode is None and self._proc.poll() is None:
            try:
                self._proc.kill()
            except (ProcessLookupError, PermissionError):
                pass

    def get_pid(self):
        return self._pid

    def get_returncode(self):
        return self._returncode

    def get_pipe_transport(self, fd):
        if fd in self._pipes:
            return self._pipes[fd].pipe
        return None

    def _check_proc(self):
        if self._proc is None:
            raise ProcessLookupError()

    def send_signal(self, signal):
        self._check_proc()
        _sp_native().signal(self._proc.pid, int(signal))

    def terminate(self):
        self.send_signal(15)

    def kill(self):
        self.send_signal(9)

    async def _connect_pipes(self, waiter):
        try:
            proc = self._proc
            loop = self._loop
            if proc.stdin is not None:
                proto = _WriteSubprocessPipeProto(self, 0)
                await _connect_pipe(loop, proto, lambda w: _UnixWritePipeTransport(loop, proc.pid, self._fds[0], proto, w))
                self._pipes[0] = proto
            if proc.stdout is not None:
                proto = _ReadSubprocessPipeProto(self, 1)
                await _connect_pipe(loop, proto, lambda w: _UnixReadPipeTransport(loop, proc.pid, 1, self._fds[1], proto, w))
                self._pipes[1] = proto
            if proc.stderr is not None:
                proto = _ReadSubprocessPipeProto(self, 2)
                await _connect_pipe(loop, proto, lambda w: _UnixReadPipeTransport(loop, proc.pid, 2, self._fds[2], proto, w))
                self._pipes[2] = proto
            loop.call_soon(self._protocol.connection_made, self)
            for callback, data in self._pending_calls:
                loop.call_soon(callback, *data)
            self._pending_calls = None
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            if waiter is not None and not waiter.cancelled():
                waiter.set_exception(exc)
        else:
            if waiter is not None and not waiter.cancelled():
                waiter.set_result(None)
            self._pipes_connected = True

    def _call(self, cb, *data):
        if self._pending_calls is not None:
            self._pending_calls.append((cb, data))
        else:
            self._loop.call_soon(cb, *data)

    def _pipe_connection_lost(self, fd, exc):
        self._call(self._protocol.pipe_connection_lost, fd, exc)
        self._try_finish()

    def _pipe_data_received(self, fd, data):
        self._call(self._protocol.pipe_data_received, fd, data)

    def _process_exited(self, returncode):
        self._returncode = returncode
        if self._proc.returncode is None:
            self._proc.returncode = returncode
        self._call(self._protocol.process_exited)
        self._try_finish()

    async def _wait(self):
        if self._returncode is not None:
            return self._returncode
        waiter = self._loop.create_future()
        self._exit_waiters.append(waiter)
        return await waiter

    def _try_finish(self):
        if self._returncode is None:
            return
        if _PY_MINOR >= 14 and not self._pipes_connected:
            # 3.14: pipes that never connected count as disconnected (gh-119710).
            for waiter in self._exit_waiters:
                if not waiter.cancelled():
                    waiter.set_result(self._returncode)
        if all(p is not None and p.disconnected for p in self._pipes.values()):
            self._finished = True
            self._call(self._call_connection_lost, None)

    def _call_connection_lost(self, exc):
        try:
            self._protocol.connection_lost(exc)
        finally:
            for waiter in self._exit_waiters:
                if not waiter.cancelled():
                    waiter.set_result(self._returncode)
            self._exit_waiters = None
            self._loop = None
            self._proc = None
            self._protocol = None


class _UnixSubprocessTransport(BaseSubprocessTransport):
    __module__ = 'asyncio.unix_events'


async def _connect_pipe(loop, protocol, make):
    """loop.connect_read_pipe / connect_write_pipe: the transport calls back, then the waiter."""
    waiter = loop.create_future()
    make(waiter)
    await waiter


class WriteSubprocessPipeProto(BaseProtocol):
    __module__ = 'asyncio.base_subprocess'

    def __init__(self, proc, fd):
        self.proc = proc
        self.fd = fd
        self.pipe = None
        self.disconnected = False

    def connection_made(self, transport):
        self.pipe = transport

    def __repr__(self):
        return f'<{self.__class__.__name__} fd={self.fd} pipe={self.pipe!r}>'

    def connection_lost(self, exc):
        self.disconnected = True
        self.proc._pipe_connection_lost(self.fd, exc)
        self.proc = None

    def pause_writing(self):
        self.proc._protocol.pause_writing()

    def resume_writing(self):
        self.proc._protocol.resume_writing()


class ReadSubprocessPipeProto(WriteSubprocessPipeProto, Protocol):
    __module__ = 'asyncio.base_subprocess'

    def data_received(self, data):
        self.proc._pipe_data_received(self.fd, data)


class _PidfdChildWatcher:
    """unix_events's pidfd watcher: the child's exit is a reader callback of the loop."""

    __module__ = 'asyncio.unix_events'

    def add_child_handler(self, pid, callback, *args):
        loop = get_running_loop()
        pidfd = _net.fd()
        _child_selector(loop).add(pid, 3, self._do_wait, (pid, pidfd, callback, args))

    def _do_wait(self, pid, pidfd, callback, args):
        loop = get_running_loop()
        _child_selector(loop).remove(pid, 3)
        returncode = _sp_native().returncode(pid)
        _sp_native().reap(pid)
        _net.release(pidfd)
        callback(pid, returncode, *args)


_child_watcher = _PidfdChildWatcher()


def _check_subprocess_version():
    if _PY_MINOR <= 11:
        _not_simulated(
            "asyncio's subprocesses on Python 3.11 are not simulated in Loopline (its child watcher is a thread: "
            "when the loop hears of a child's exit is the OS's choice); use --python 3.12 or later"
        )


async def _make_subprocess_transport(loop, protocol, args, shell, stdin, stdout, stderr, bufsize, extra=None, **kwargs):
    waiter = loop.create_future()
    transp = _UnixSubprocessTransport(loop, protocol, args, shell, stdin, stdout, stderr, bufsize, waiter=waiter,
                                      extra=extra, **kwargs)
    _child_watcher.add_child_handler(transp.get_pid(), _child_watcher_callback, loop, transp)
    try:
        await waiter
    except (SystemExit, KeyboardInterrupt):
        raise
    except BaseException:
        transp.close()
        await transp._wait()
        raise
    return transp


def _child_watcher_callback(pid, returncode, loop, transp):
    loop.call_soon_threadsafe(transp._process_exited, returncode)


def _check_popen_text(universal_newlines, bufsize, encoding, errors, text):
    if universal_newlines:
        raise ValueError('universal_newlines must be False')
    if bufsize != 0:
        raise ValueError('bufsize must be 0')
    if text:
        raise ValueError('text must be False')
    if encoding is not None:
        raise ValueError('encoding must be None')
    if errors is not None:
        raise ValueError('errors must be None')


async def _loop_subprocess_exec(self, protocol_factory, program, *args, stdin=_SUBPROCESS_PIPE,
                                stdout=_SUBPROCESS_PIPE, stderr=_SUBPROCESS_PIPE, universal_newlines=False,
                                shell=False, bufsize=0, encoding=None, errors=None, text=None, **kwargs):
    _check_subprocess_version()
    if universal_newlines:
        raise ValueError('universal_newlines must be False')
    if shell:
        raise ValueError('shell must be False')
    _check_popen_text(universal_newlines, bufsize, encoding, errors, text)
    popen_args = (program,) + args
    protocol = protocol_factory()
    transport = await _make_subprocess_transport(self, protocol, popen_args, False, stdin, stdout, stderr, bufsize,
                                                 **kwargs)
    return transport, protocol


async def _loop_subprocess_shell(self, protocol_factory, cmd, *, stdin=_SUBPROCESS_PIPE, stdout=_SUBPROCESS_PIPE,
                                 stderr=_SUBPROCESS_PIPE, universal_newlines=False, shell=True, bufsize=0,
                                 encoding=None, errors=None, text=None, **kwargs):
    _check_subprocess_version()
    if not isinstance(cmd, (bytes, str)):
        raise ValueError('cmd must be a string')
    if universal_newlines:
        raise ValueError('universal_newlines must be False')
    if not shell:
        raise ValueError('shell must be True')
    _check_popen_text(universal_newlines, bufsize, encoding, errors, text)
    protocol = protocol_factory()
    transport = await _make_subprocess_transport(self, protocol, cmd, True, stdin, stdout, stderr, bufsize, **kwargs)
    return transport, protocol


_named_as_loop_method(_loop_subprocess_exec, 'BaseEventLoop', 'subprocess_exec')
_named_as_loop_method(_loop_subprocess_shell, 'BaseEventLoop', 'subprocess_shell')


class SubprocessStreamProtocol(_FlowControlMixin, SubprocessProtocol):
    """Like StreamReaderProtocol, but for a subprocess."""

    __module__ = 'asyncio.subprocess'

    def __init__(self, limit, loop):
        super().__init__(loop=loop)
        self._limit = limit
        self.stdin = self.stdout = self.stderr = None
        self._transport = None
        self._process_exited = False
        self._pipe_fds = []
        self._stdin_closed = self._loop.create_future()

    def __repr__(self):
        info = [self.__class__.__name__]
        if self.stdin is not None:
            info.append(f'stdin={self.stdin!r}')
        if self.stdout is not None:
            info.append(f'stdout={self.stdout!r}')
        if self.stderr is not None:
            info.append(f'stderr={self.stderr!r}')
        return '<{}>'.format(' '.join(info))

    def connection_made(self, transport):
        self._transport = transport
        stdout_transport = transport.get_pipe_transport(1)
        if stdout_transport is not None:
            self.stdout = StreamReader(limit=self._limit, loop=self._loop)
            self.stdout.set_transport(stdout_transport)
            self._pipe_fds.append(1)
        stderr_transport = transport.get_pipe_transport(2)
        if stderr_transport is not None:
            self.stderr = StreamReader(limit=self._limit, loop=self._loop)
            self.stderr.set_transport(stderr_transport)
            self._pipe_fds.append(2)
        stdin_transport = transport.get_pipe_transport(0)
        if stdin_transport is not None:
            self.stdin = StreamWriter(stdin_transport, self, None, self._loop)

    def pipe_data_received(self, fd, data):
        if fd == 1:
            reader = self.stdout
        elif fd == 2:
            reader = self.stderr
        else:
            reader = None
        if reader is not None:
            reader.feed_data(data)

    def pipe_connection_lost(self, fd, exc):
        if fd == 0:
            pipe = self.stdin
            if pipe is not None:
                pipe.close()
            self.connection_lost(exc)
            if exc is None:
                self._stdin_closed.set_result(None)
            else:
                self._stdin_closed.set_exception(exc)
                self._stdin_closed._log_traceback = False
            return
        if fd == 1:
            reader = self.stdout
        elif fd == 2:
            reader = self.stderr
        else:
            reader = None
        if reader is not None:
            if exc is None:
                reader.feed_eof()
            else:
                reader.set_exception(exc)
        if fd in self._pipe_fds:
            self._pipe_fds.remove(fd)
        self._maybe_close_transport()

    def process_exited(self):
        self._process_exited = True
        self._maybe_close_transport()

    def _maybe_close_transport(self):
        if len(self._pipe_fds) == 0 and self._process_exited:
            self._transport.close()
            self._transport = None

    def _get_close_waiter(self, stream):
        if stream is self.stdin:
            return self._stdin_closed


class Process:
    __module__ = 'asyncio.subprocess'

    def __init__(self, transport, protocol, loop):
        self._transport = transport
        self._protocol = protocol
        self._loop = loop
        self.stdin = protocol.stdin
        self.stdout = protocol.stdout
        self.stderr = protocol.stderr
        self.pid = transport.get_pid()

    def __repr__(self):
        return f'<{self.__class__.__name__} {self.pid}>'

    @property
    def returncode(self):
        return self._transport.get_returncode()

    async def wait(self):
        """Wait until the process exit and return the process return code."""
        return await self._transport._wait()

    def send_signal(self, signal):
        self._transport.send_signal(signal)

    def terminate(self):
        self._transport.terminate()

    def kill(self):
        self._transport.kill()

    async def _feed_stdin(self, input):
        try:
            if input is not None:
                self.stdin.write(input)
            await self.stdin.drain()
        except (BrokenPipeError, ConnectionResetError):
            pass
        self.stdin.close()

    async def _noop(self):
        return None

    async def _read_stream(self, fd):
        transport = self._transport.get_pipe_transport(fd)
        stream = self.stderr if fd == 2 else self.stdout
        output = await stream.read()
        transport.close()
        return output

    async def communicate(self, input=None):
        if self.stdin is not None:
            stdin = self._feed_stdin(input)
        else:
            stdin = self._noop()
        if self.stdout is not None:
            stdout = self._read_stream(1)
        else:
            stdout = self._noop()
        if self.stderr is not None:
            stderr = self._read_stream(2)
        else:
            stderr = self._noop()
        stdin, stdout, stderr = await gather(stdin, stdout, stderr)
        await self.wait()
        return (stdout, stderr)


async def create_subprocess_shell(cmd, stdin=None, stdout=None, stderr=None, limit=_DEFAULT_LIMIT, **kwds):
    loop = get_running_loop()
    protocol_factory = lambda: _SubprocessStreamProtocol(limit=limit, loop=loop)
    transport, protocol = await loop.subprocess_shell(protocol_factory, cmd, stdin=stdin, stdout=stdout,
                                                      stderr=stderr, **kwds)
    return _Process(transport, protocol, loop)


async def create_subprocess_exec(program, *args, stdin=None, stdout=None, stderr=None, limit=_DEFAULT_LIMIT,
                                 **kwds):
    loop = get_running_loop()
    protocol_factory = lambda: _SubprocessStreamProtocol(limit=limit, loop=loop)
    transport, protocol = await loop.subprocess_exec(protocol_factory, program, *args, stdin=stdin, stdout=stdout,
                                                     stderr=stderr, **kwds)
    return _Process(transport, protocol, loop)


# Names of CPython's asyncio.subprocess and base_subprocess that the asyncio package itself lacks:
# kept under private names (module.ts puts Process and SubprocessStreamProtocol in asyncio.subprocess).
_Process = Process
_SubprocessStreamProtocol = SubprocessStreamProtocol
_WriteSubprocessPipeProto = WriteSubprocessPipeProto
_ReadSubprocessPipeProto = ReadSubprocessPipeProto
_BaseSubprocessTransport = BaseSubprocessTransport
del Process, SubprocessStreamProtocol, WriteSubprocessPipeProto, ReadSubprocessPipeProto, BaseSubprocessTransport
