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

    # Every callback is optional: the defaults ignore the event.
    def pipe_data_received(self, fd, data):
        pass

    def pipe_connection_lost(self, fd, exc):
        pass

    def process_exited(self):
        pass


class SubprocessTransport(BaseTransport):
    __module__ = 'asyncio.transports'
    __slots__ = ()

    # The interface only: _UnixSubprocessTransport implements it.
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
    """What a child's read and write pipe transports share: the loop and child they belong to, their
    descriptor, their protocol, whether they close, their repr, and how they end."""

    __slots__ = ()

    def _open(self, loop, pid, fd, protocol):
        self._loop, self._pid = loop, pid
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

    def __repr__(self):
        # <Name [closed|closing] fd=N state>, state being how the loop watches an open pipe.
        live = self._pipe is not None
        words = [type(self).__name__]
        if not live:
            words.append('closed')
        elif self._closing:
            words.append('closing')
        words.append(f'fd={self._fileno}')
        if not live:
            words.append('closed')
        elif self._loop is None or self._loop.is_closed():
            words.append('open')
        else:
            words += self._watch_state()
        return '<' + ' '.join(words) + '>'

    def _call_connection_lost(self, exc):
        try:
            self._protocol.connection_lost(exc)
        finally:
            self._release()

    def _release(self):
        _net.release(self._fileno)
        self._pipe = self._protocol = self._loop = None


class _UnixReadPipeTransport(_PipeTransport, ReadTransport):
    """A child's stdout or stderr pipe, read by the loop (unix_events._UnixReadPipeTransport)."""

    __module__ = 'asyncio.unix_events'

    def __init__(self, loop, pid, role, fd, protocol, waiter):
        super().__init__({'pipe': None})
        self._open(loop, pid, fd, protocol)
        self._role = role
        self._which = 'out' if role == 1 else 'err'
        self._paused = False
        # As CPython's: the protocol hears first, then the reader goes on, then the waiter is done.
        loop.call_soon(protocol.connection_made, self)
        loop.call_soon(self._add_reader, fd, self._read_ready)
        loop.call_soon(_set_result_unless_cancelled, waiter, None)

    def _selector(self):
        return _child_selector(self._loop)

    def _add_reader(self, fd, callback):
        if self.is_reading():
            self._selector().add(self._pid, self._role, callback, ())

    def _remove_reader(self):
        self._selector().remove(self._pid, self._role)

    def _watch_state(self):
        return ['polling' if self._selector().polling(self._pid, self._role) else 'idle']

    def is_reading(self):
        return not (self._paused or self._closing)

    def _read_ready(self):
        native = _sp_native()
        chunk = native.take(self._pid, self._which, _PIPE_MAX_READ)
        if chunk:
            self._protocol.data_received(chunk)
            return
        if not native.at_eof(self._pid, self._which):
            return
        # The child closed its end: EOF, then the connection is lost.
        self._closing = True
        self._remove_reader()
        call = self._loop.call_soon
        call(self._protocol.eof_received)
        call(self._call_connection_lost, None)

    def pause_reading(self):
        if self.is_reading():
            self._paused = True
            self._remove_reader()

    def resume_reading(self):
        if self._paused and not self._closing:
            self._paused = False
            self._selector().add(self._pid, self._role, self._read_ready, ())

    def close(self):
        if not self._closing:
            self._close(None)

    def _close(self, exc):
        self._closing = True
        self._remove_reader()
        self._loop.call_soon(self._call_connection_lost, exc)


class _UnixWritePipeTransport(_PipeTransport, WriteTransport):
    """A child's stdin pipe, written by the loop (unix_events._UnixWritePipeTransport): its read
    callback hears of the child's end closing (the child ended)."""

    __module__ = 'asyncio.unix_events'

    def __init__(self, loop, pid, fd, protocol, waiter):
        super().__init__({'pipe': None})
        self._open(loop, pid, fd, protocol)
        self._conn_lost = 0
        self._high_water, self._low_water = 64 * 1024, 16 * 1024
        loop.call_soon(protocol.connection_made, self)
        loop.call_soon(_child_selector(loop).add, pid, 0, self._read_ready, ())
        loop.call_soon(_set_result_unless_cancelled, waiter, None)

    def _watch_state(self):
        # Its writer is never polled: a pipe here takes every write whole.
        return ['idle', 'bufsize=0']

    def get_write_buffer_size(self):
        return 0

    def get_write_buffer_limits(self):
        return (self._low_water, self._high_water)

    def set_write_buffer_limits(self, high=None, low=None):
        if high is None:
            high = 4 * low if low is not None else 64 * 1024
        if low is None:
            low = high // 4
        if high < low or low < 0:
            raise ValueError(f'high ({high!r}) must be >= low ({low!r}) must be >= 0')
        self._high_water, self._low_water = high, low

    def _read_ready(self):
        # The child's end was closed (it ended).
        self._close()

    def write(self, data):
        if not isinstance(data, (bytes, bytearray, memoryview)):
            raise AssertionError(repr(data))
        if not data:
            return
        if self._conn_lost or self._closing:
            refused = None  # counted only
        elif _sp_native().feed(self._pid, bytes(data)):
            return
        else:
            refused = True  # os.write's EPIPE, an OSError: closed without a report
        self._conn_lost += 1
        if refused:
            self._close(BrokenPipeError(32, 'Broken pipe'))

    def can_write_eof(self):
        return True

    def _stop(self, exc):
        self._closing = True
        _child_selector(self._loop).remove(self._pid, 0)
        self._loop.call_soon(self._call_connection_lost, exc)

    def write_eof(self):
        if not self._closing:
            self._stop(None)

    def close(self):
        if not (self._pipe is None or self._closing):
            self.write_eof()

    def abort(self):
        self._close(None)

    def _close(self, exc=None):
        self._stop(exc)

    def _release(self):
        # The parent's end closes: the child reads the end of its input.
        _sp_native().close_stdin(self._pid)
        _PipeTransport._release(self)


class BaseSubprocessTransport(SubprocessTransport):
    __module__ = 'asyncio.base_subprocess'

    def __init__(self, loop, protocol, args, shell, stdin, stdout, stderr, bufsize, waiter=None, extra=None, **kwargs):
        super().__init__(extra)
        self._closed = False
        self._protocol, self._loop = protocol, loop
        self._proc = self._pid = self._returncode = None
        self._exit_waiters = []
        self._pending_calls = _deque()
        # fd -> its pipe protocol, None until connected; only the streams given PIPE have one.
        self._pipes = {fd: None for fd, how in enumerate((stdin, stdout, stderr)) if how == _SUBPROCESS_PIPE}
        self._finished = self._pipes_connected = False
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

        self._proc = subprocess.Popen(
            args, shell=shell, stdin=stdin, stdout=stdout, stderr=stderr, universal_newlines=False, bufsize=bufsize, **kwargs
        )
        self._fds = _pipe_fds(stdin, stdout, stderr)

    def __repr__(self):
        words = [type(self).__name__]
        if self._closed:
            words.append('closed')
        pid, code = self._pid, self._returncode
        if pid is not None:
            words.append(f'pid={pid}')
        if code is not None:
            words.append(f'returncode={code}')
        else:
            words.append('not started' if pid is None else 'running')
        pipes = self._pipes
        if pipes.get(0) is not None:
            words.append(f'stdin={pipes[0].pipe}')
        out, err = pipes.get(1), pipes.get(2)
        if out is not None and out is err:
            words.append(f'stdout=stderr={out.pipe}')
        else:
            words += [f'{name}={p.pipe}' for name, p in (('stdout', out), ('stderr', err)) if p is not None]
        return '<' + ' '.join(words) + '>'

    def set_protocol(self, protocol):
        self._protocol = protocol

    def get_protocol(self):
        return self._protocol

    def is_closing(self):
        return self._closed

    def get_pid(self):
        return self._pid

    def get_returncode(self):
        return self._returncode

    def get_pipe_transport(self, fd):
        return self._pipes[fd].pipe if fd in self._pipes else None

    def close(self):
        if self._closed:
            return
        self._closed = True
        # 3.14 leaves the pipes alone once the loop is closed.
        pipes_close = _PY_MINOR < 14 or (self._loop and not self._loop.is_closed())
        for proto in self._pipes.values():
            if proto is not None and pipes_close:
                proto.pipe.close()
        proc = self._proc
        if proc is None or self._returncode is not None or proc.poll() is not None:
            return
        try:
            proc.kill()
        except (ProcessLookupError, PermissionError):
            pass

    def kill(self):
        self.send_signal(9)  # SIGKILL

    def terminate(self):
        self.send_signal(15)  # SIGTERM

    def send_signal(self, signal):
        self._check_proc()
        _sp_native().signal(self._proc.pid, int(signal))

    def _check_proc(self):
        # A transport whose child is gone (or never started) has nothing to signal.
        if self._proc is None:
            raise ProcessLookupError()

    def _pipe_maker(self, fd, proto):
        """What makes fd's pipe transport for _connect_pipe, given the waiter."""
        loop, pid, own = self._loop, self._proc.pid, self._fds[fd]
        if fd == 0:
            return lambda waiter: _UnixWritePipeTransport(loop, pid, own, proto, waiter)
        return lambda waiter: _UnixReadPipeTransport(loop, pid, fd, own, proto, waiter)

    async def _connect_pipes(self, waiter):
        # stdin, stdout, stderr in turn, each connected before the next; then the protocol hears of
        # the transport, then the calls that came meanwhile run, then the waiter is done.
        try:
            proc = self._proc
            for fd, kind in ((0, _WriteSubprocessPipeProto), (1, _ReadSubprocessPipeProto), (2, _ReadSubprocessPipeProto)):
                if (proc.stdin, proc.stdout, proc.stderr)[fd] is None:
                    continue
                proto = kind(self, fd)
                await _connect_pipe(self._loop, proto, self._pipe_maker(fd, proto))
                self._pipes[fd] = proto
            loop = self._loop
            loop.call_soon(self._protocol.connection_made, self)
            queued, self._pending_calls = self._pending_calls, None
            for fn, fn_args in queued:
                loop.call_soon(fn, *fn_args)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            if waiter is not None and not waiter.cancelled():
                waiter.set_exception(exc)
            return
        if waiter is not None and not waiter.cancelled():
            waiter.set_result(None)
        self._pipes_connected = True

    def _call(self, cb, *data):
        # Until the pipes are connected, calls wait their turn in _pending_calls.
        queued = self._pending_calls
        if queued is None:
            self._loop.call_soon(cb, *data)
        else:
            queued.append((cb, data))

    def _pipe_data_received(self, fd, data):
        self._call(self._protocol.pipe_data_received, fd, data)

    def _pipe_connection_lost(self, fd, exc):
        self._call(self._protocol.pipe_connection_lost, fd, exc)
        self._try_finish()

    def _process_exited(self, returncode):
        self._returncode = returncode
        if self._proc.returncode is None:
            self._proc.returncode = returncode
        self._call(self._protocol.process_exited)
        self._try_finish()

    async def _wait(self):
        if self._returncode is None:
            fut = self._loop.create_future()
            self._exit_waiters.append(fut)
            return await fut
        return self._returncode

    def _wake_exit_waiters(self):
        for fut in self._exit_waiters:
            if not fut.cancelled():
                fut.set_result(self._returncode)

    def _call_connection_lost(self, exc):
        try:
            self._protocol.connection_lost(exc)
        finally:
            self._wake_exit_waiters()
            self._exit_waiters = self._loop = self._proc = self._protocol = None

    def _try_finish(self):
        if self._returncode is None:
            return
        if _PY_MINOR >= 14 and not self._pipes_connected:
            # 3.14: pipes that never connected count as disconnected (gh-119710).
            self._wake_exit_waiters()
        if all(proto is not None and proto.disconnected for proto in self._pipes.values()):
            # Exited, and every pipe lost: the protocol's connection_lost comes last.
            self._finished = True
            self._call(self._call_connection_lost, None)


class _UnixSubprocessTransport(BaseSubprocessTransport):
    __module__ = 'asyncio.unix_events'


async def _connect_pipe(loop, protocol, make):
    """loop.connect_read_pipe / connect_write_pipe: the transport calls back, then the waiter."""
    waiter = loop.create_future()
    make(waiter)
    await waiter


class WriteSubprocessPipeProto(BaseProtocol):
    """The protocol of one of a child's pipes: passes what happens on to the subprocess transport."""

    __module__ = 'asyncio.base_subprocess'

    def __init__(self, proc, fd):
        self.proc, self.fd = proc, fd
        self.pipe = None
        self.disconnected = False

    def __repr__(self):
        return f'<{type(self).__name__} fd={self.fd} pipe={self.pipe!r}>'

    def connection_made(self, transport):
        self.pipe = transport

    # Flow control is the subprocess protocol's.
    def resume_writing(self):
        self.proc._protocol.resume_writing()

    def pause_writing(self):
        self.proc._protocol.pause_writing()

    def connection_lost(self, exc):
        self.disconnected = True
        owner = self.proc
        owner._pipe_connection_lost(self.fd, exc)
        self.proc = None


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
    transp = _UnixSubprocessTransport(
        loop, protocol, args, shell, stdin, stdout, stderr, bufsize, waiter=waiter, extra=extra, **kwargs
    )
    _child_watcher.add_child_handler(transp.get_pid(), _child_watcher_callback, loop, transp)
    try:
        await waiter
    except (SystemExit, KeyboardInterrupt):
        raise
    except BaseException:
        # The pipes failed to connect: the child goes, and its exit is awaited before the error is raised.
        transp.close()
        await transp._wait()
        raise
    return transp


def _child_watcher_callback(pid, returncode, loop, transp):
    loop.call_soon_threadsafe(transp._process_exited, returncode)


def _check_popen_text(universal_newlines, bufsize, encoding, errors, text):
    # The first option that asks for text (or buffering) is the one refused.
    for bad, message in (
        (universal_newlines, 'universal_newlines must be False'),
        (bufsize != 0, 'bufsize must be 0'),
        (text, 'text must be False'),
        (encoding is not None, 'encoding must be None'),
        (errors is not None, 'errors must be None'),
    ):
        if bad:
            raise ValueError(message)


async def _loop_subprocess_exec(self, protocol_factory, program, *args, stdin=_SUBPROCESS_PIPE,
                                stdout=_SUBPROCESS_PIPE, stderr=_SUBPROCESS_PIPE, universal_newlines=False,
                                shell=False, bufsize=0, encoding=None, errors=None, text=None, **kwargs):
    _check_subprocess_version()
    if universal_newlines:
        raise ValueError('universal_newlines must be False')
    if shell:
        raise ValueError('shell must be False')
    _check_popen_text(universal_newlines, bufsize, encoding, errors, text)
    protocol = protocol_factory()
    _debug_log_refused(self, 20, "'execute program ...' (subprocess_exec)")
    transport = await _make_subprocess_transport(
        self, protocol, (program, *args), False, stdin, stdout, stderr, bufsize, **kwargs
    )
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
    _debug_log_refused(self, 20, "'run shell command ...' (subprocess_shell)")
    transport = await _make_subprocess_transport(self, protocol, cmd, True, stdin, stdout, stderr, bufsize, **kwargs)
    return transport, protocol


_named_as_loop_method(_loop_subprocess_exec, 'BaseEventLoop', 'subprocess_exec')
_named_as_loop_method(_loop_subprocess_shell, 'BaseEventLoop', 'subprocess_shell')


class SubprocessStreamProtocol(_FlowControlMixin, SubprocessProtocol):
    """The protocol of create_subprocess_exec/shell: stream readers for the child's stdout and stderr, a
    stream writer for its stdin."""

    __module__ = 'asyncio.subprocess'

    def __init__(self, limit, loop):
        super().__init__(loop)
        self._limit = limit
        self.stdin = self.stdout = self.stderr = self._transport = None
        self._process_exited = False
        self._pipe_fds = []  # the output pipes still open
        self._stdin_closed = self._loop.create_future()

    def __repr__(self):
        shown = [f'{name}={getattr(self, name)!r}' for name in ('stdin', 'stdout', 'stderr') if getattr(self, name) is not None]
        return '<' + ' '.join([type(self).__name__, *shown]) + '>'

    def _reader_for(self, fd):
        return self.stdout if fd == 1 else self.stderr if fd == 2 else None

    def connection_made(self, transport):
        self._transport = transport
        # Readers for stdout and stderr (in that order), then the writer for stdin.
        for fd in (1, 2):
            pipe = transport.get_pipe_transport(fd)
            if pipe is None:
                continue
            reader = StreamReader(limit=self._limit, loop=self._loop)
            if fd == 1:
                self.stdout = reader
            else:
                self.stderr = reader
            reader.set_transport(pipe)
            self._pipe_fds.append(fd)
        pipe = transport.get_pipe_transport(0)
        if pipe is not None:
            self.stdin = StreamWriter(pipe, self, None, self._loop)

    def pipe_data_received(self, fd, data):
        reader = self._reader_for(fd)
        if reader is not None:
            reader.feed_data(data)

    def pipe_connection_lost(self, fd, exc):
        if fd != 0:
            reader = self._reader_for(fd)
            if reader is not None:
                if exc is not None:
                    reader.set_exception(exc)
                else:
                    reader.feed_eof()
            if fd in self._pipe_fds:
                self._pipe_fds.remove(fd)
            self._maybe_close_transport()
            return
        # stdin's pipe: the writer closes, drain() hears of it, and wait_closed() ends.
        if self.stdin is not None:
            self.stdin.close()
        self.connection_lost(exc)
        done = self._stdin_closed
        if exc is None:
            done.set_result(None)
        else:
            done.set_exception(exc)
            done._log_traceback = False

    def _maybe_close_transport(self):
        # The transport closes once the child has exited and its output pipes are all closed.
        if self._process_exited and not self._pipe_fds:
            self._transport.close()
            self._transport = None

    def process_exited(self):
        self._process_exited = True
        self._maybe_close_transport()

    def _get_close_waiter(self, stream):
        return self._stdin_closed if stream is self.stdin else None


class Process:
    __module__ = 'asyncio.subprocess'

    def __init__(self, transport, protocol, loop):
        self._transport, self._protocol, self._loop = transport, protocol, loop
        self.stdin, self.stdout, self.stderr = protocol.stdin, protocol.stdout, protocol.stderr
        self.pid = transport.get_pid()

    def __repr__(self):
        return f'<{type(self).__name__} {self.pid}>'

    async def wait(self):
        return await self._transport._wait()

    @property
    def returncode(self):
        return self._transport.get_returncode()

    # Signals go through the transport, which refuses them once the child is gone.
    def kill(self):
        self._transport.kill()

    def terminate(self):
        self._transport.terminate()

    def send_signal(self, signal):
        self._transport.send_signal(signal)

    async def _feed_stdin(self, input):
        writer = self.stdin
        try:
            if input is not None:
                writer.write(input)
            await writer.drain()
        except (BrokenPipeError, ConnectionResetError):
            # A child that stopped reading is not an error for communicate().
            pass
        writer.close()

    async def _noop(self):
        return None

    async def _read_stream(self, fd):
        pipe = self._transport.get_pipe_transport(fd)
        output = await (self.stderr if fd == 2 else self.stdout).read()
        pipe.close()
        return output

    async def communicate(self, input=None):
        # Three coroutines gathered in this order: stdin's feeder, then stdout's and stderr's readers
        # (a stream not piped gets a no-op in its place).
        feed = self._noop() if self.stdin is None else self._feed_stdin(input)
        out = self._noop() if self.stdout is None else self._read_stream(1)
        err = self._noop() if self.stderr is None else self._read_stream(2)
        _, out, err = await gather(feed, out, err)
        await self.wait()
        return (out, err)


async def create_subprocess_shell(cmd, stdin=None, stdout=None, stderr=None, limit=_DEFAULT_LIMIT, **kwds):
    loop = get_running_loop()
    transport, protocol = await loop.subprocess_shell(
        lambda: _SubprocessStreamProtocol(limit=limit, loop=loop), cmd, stdin=stdin, stdout=stdout, stderr=stderr, **kwds
    )
    return _Process(transport, protocol, loop)


async def create_subprocess_exec(program, *args, stdin=None, stdout=None, stderr=None, limit=_DEFAULT_LIMIT,
                                 **kwds):
    loop = get_running_loop()
    transport, protocol = await loop.subprocess_exec(
        lambda: _SubprocessStreamProtocol(limit=limit, loop=loop),
        program,
        *args,
        stdin=stdin,
        stdout=stdout,
        stderr=stderr,
        **kwds,
    )
    return _Process(transport, protocol, loop)


# Names of CPython's asyncio.subprocess and base_subprocess that the asyncio package itself lacks:
# kept under private names (module.ts puts Process and SubprocessStreamProtocol in asyncio.subprocess).
_Process = Process
_SubprocessStreamProtocol = SubprocessStreamProtocol
_WriteSubprocessPipeProto = WriteSubprocessPipeProto
_ReadSubprocessPipeProto = ReadSubprocessPipeProto
_BaseSubprocessTransport = BaseSubprocessTransport
del Process, SubprocessStreamProtocol, WriteSubprocessPipeProto, ReadSubprocessPipeProto, BaseSubprocessTransport
