# `subprocess` on simulated child processes (src/lib/sim/subprocesses.md): run, call, check_call,
# check_output, getoutput, getstatusoutput and Popen, with CPython 3.13's behaviour and messages.
# A child runs a small shell (echo, printf, sleep, cat, true, false, exit; ';', '&&', '||') or the
# running Python ('python -c CODE'); anything else raises "command X is not simulated".
# Waiting for a child blocks the calling thread on the virtual clock (_subprocesses is native).
import _subprocesses
import builtins
import os
import signal
import sys

__all__ = ["Popen", "PIPE", "STDOUT", "call", "check_call", "getstatusoutput", "getoutput", "check_output",
           "run", "CalledProcessError", "DEVNULL", "SubprocessError", "TimeoutExpired", "CompletedProcess"]

PIPE = -1
STDOUT = -2
DEVNULL = -3


class SubprocessError(Exception):
    pass


class CalledProcessError(SubprocessError):
    def __init__(self, returncode, cmd, output=None, stderr=None):
        self.returncode, self.cmd, self.output, self.stderr = returncode, cmd, output, stderr

    def __str__(self):
        if self.returncode and self.returncode < 0:
            try:
                return "Command '%s' died with %r." % (self.cmd, signal.Signals(-self.returncode))
            except ValueError:
                return "Command '%s' died with unknown signal %d." % (self.cmd, -self.returncode)
        return "Command '%s' returned non-zero exit status %d." % (self.cmd, self.returncode)

    @property
    def stdout(self):
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


class TimeoutExpired(SubprocessError):
    def __init__(self, cmd, timeout, output=None, stderr=None):
        self.cmd, self.timeout = cmd, timeout
        self.output, self.stderr = output, stderr

    def __str__(self):
        return "Command '%s' timed out after %s seconds" % (self.cmd, self.timeout)

    @property
    def stdout(self):
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


class CompletedProcess:
    def __init__(self, args, returncode, stdout=None, stderr=None):
        self.args, self.returncode = args, returncode
        self.stdout, self.stderr = stdout, stderr

    def __repr__(self):
        # args and returncode always; the captured streams only when there are some.
        fields = [('args', self.args), ('returncode', self.returncode)]
        fields += [(name, value) for name, value in (('stdout', self.stdout), ('stderr', self.stderr))
                   if value is not None]
        return f"{type(self).__name__}({', '.join(f'{name}={value!r}' for name, value in fields)})"

    def check_returncode(self):
        if self.returncode:
            raise CalledProcessError(self.returncode, self.args, self.stdout, self.stderr)


def _translate(data, encoding, errors):
    return data.decode(encoding, errors).replace("\r\n", "\n").replace("\r", "\n")


class _PipeEnd:
    """The parent's end of a pipe to or from a child: a file object over the child's pid."""

    def __init__(self, pid, text, encoding, errors, mode):
        self._pid = pid
        self._text = text
        self._encoding = encoding
        self._errors = errors
        self.closed = False
        # A text pipe (io.TextIOWrapper) has no mode; a binary one (io.BufferedReader/Writer) has its raw file's.
        if not text:
            self.mode = mode + 'b'

    def close(self):
        self.closed = True

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


class _PipeReader(_PipeEnd):
    """The parent's end of a child's stdout or stderr pipe (Popen.stdout, Popen.stderr)."""

    def __init__(self, pid, which, text, encoding, errors):
        super().__init__(pid, text, encoding, errors, 'r')
        self._which = which

    def _check(self):
        if self.closed:
            raise ValueError('I/O operation on closed file.' if self._text else 'read of closed file')

    def _out(self, data):
        return _translate(data, self._encoding, self._errors) if self._text else data

    def read(self, size=-1):
        self._check()
        if size is None or size < 0:
            chunks = []
            while True:
                chunks.append(_subprocesses.take(self._pid, self._which, -1))
                if _subprocesses.at_eof(self._pid, self._which):
                    return self._out(b''.join(chunks))
                _subprocesses.wait_output(self._pid, self._which)
        _subprocesses.wait_output(self._pid, self._which)
        return self._out(_subprocesses.take(self._pid, self._which, size))

    def readline(self, size=-1):
        self._check()
        while True:
            line = _subprocesses.take_line(self._pid, self._which)
            if line is not None:
                return self._out(line)
            _subprocesses.wait_output(self._pid, self._which)

    def readlines(self):
        return list(self)

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readable(self):
        return True

    def writable(self):
        return False


class _PipeWriter(_PipeEnd):
    """The parent's end of a child's stdin pipe (Popen.stdin)."""

    def __init__(self, pid, text, encoding, errors):
        super().__init__(pid, text, encoding, errors, 'w')

    def write(self, data):
        if self.closed:
            raise ValueError('I/O operation on closed file.' if self._text else 'write to closed file')
        if self._text:
            if not isinstance(data, str):
                raise TypeError(f'write() argument must be str, not {type(data).__name__}')
            raw = data.encode(self._encoding, self._errors)
        else:
            if isinstance(data, str):
                raise TypeError("a bytes-like object is required, not 'str'")
            raw = bytes(data)
        if not _subprocesses.feed(self._pid, raw):
            raise BrokenPipeError(32, 'Broken pipe')
        return len(data)

    def flush(self):
        if self.closed:
            raise ValueError('I/O operation on closed file.' if self._text else 'flush of closed file')

    def close(self):
        if not self.closed:
            self.closed = True
            _subprocesses.close_stdin(self._pid)

    def readable(self):
        return False

    def writable(self):
        return True


def _refuse(name, value, default):
    if value != default:
        _subprocesses.refuse(f"Popen's {name} argument is not simulated in Loopline")


class Popen:
    def __init__(self, args, bufsize=-1, executable=None, stdin=None, stdout=None, stderr=None, preexec_fn=None,
                 close_fds=True, shell=False, cwd=None, env=None, universal_newlines=None, startupinfo=None,
                 creationflags=0, restore_signals=True, start_new_session=False, pass_fds=(), *, user=None,
                 group=None, extra_groups=None, encoding=None, errors=None, text=None, umask=-1, pipesize=-1,
                 process_group=None):
        self.args = args
        self.returncode = None
        self._communication_started = False
        self._out = []
        self._err = []
        if not isinstance(bufsize, int):
            raise TypeError('bufsize must be an integer')
        for name, value, default in (('executable', executable, None), ('preexec_fn', preexec_fn, None),
                                     ('user', user, None),
                                     ('group', group, None), ('pass_fds', pass_fds, ())):
            _refuse(name, value, default)
        if universal_newlines is not None and text is not None and bool(universal_newlines) != bool(text):
            raise SubprocessError('Cannot disambiguate when both text and universal_newlines are supplied but '
                                  'different. Pass one or the other.')
        self.text_mode = bool(encoding or errors or text or universal_newlines)
        self.encoding = encoding
        self.errors = errors
        self._enc = encoding or 'utf-8'
        self._errs = errors or 'strict'
        self.stdin = self.stdout = self.stderr = None
        if shell:
            words = args if isinstance(args, (str, bytes)) else list(args)
            if isinstance(words, bytes):
                words = words.decode()
        elif isinstance(args, (str, bytes)):
            words = [args.decode() if isinstance(args, bytes) else args]
        else:
            words = list(args)
            if not words:
                # CPython reads the program from args[0].
                raise IndexError('list index out of range')
        environ = _environment(env)
        cwd = _working_directory(cwd)
        self.pid = _subprocesses.spawn(words, bool(shell), stdin, stdout, stderr, cwd, environ)
        if stdin == PIPE:
            self.stdin = _PipeWriter(self.pid, self.text_mode, self._enc, self._errs)
        if stdout == PIPE:
            self.stdout = _PipeReader(self.pid, 'out', self.text_mode, self._enc, self._errs)
        if stderr == PIPE:
            self.stderr = _PipeReader(self.pid, 'err', self.text_mode, self._enc, self._errs)

    @property
    def universal_newlines(self):
        return self.text_mode

    def __repr__(self):
        obj_repr = f"<{self.__class__.__name__}: returncode: {self.returncode} args: {self.args!r}>"
        if len(obj_repr) > 80:
            obj_repr = obj_repr[:76] + "...>"
        return obj_repr

    def __enter__(self):
        return self

    def __exit__(self, exc_type, value, traceback):
        if self.stdout:
            self.stdout.close()
        if self.stderr:
            self.stderr.close()
        try:
            if self.stdin:
                self.stdin.close()
        finally:
            self.wait()

    def poll(self):
        if self.returncode is None:
            self.returncode = _reap(self.pid)
        return self.returncode

    def wait(self, timeout=None):
        if self.returncode is not None:
            return self.returncode
        if not _subprocesses.wait(self.pid, timeout):
            raise TimeoutExpired(self.args, timeout)
        self.returncode = _reap(self.pid)
        return self.returncode

    def send_signal(self, sig):
        self.poll()
        if self.returncode is not None:
            return
        _signal_child(self.pid, int(sig))

    def terminate(self):
        self.send_signal(signal.SIGTERM)

    def kill(self):
        self.send_signal(signal.SIGKILL)

    def communicate(self, input=None, timeout=None):
        if self._communication_started and input:
            raise ValueError("Cannot send input after starting communication")
        if not self._communication_started and self.stdin is not None:
            self._communication_started = True
            if input:
                try:
                    self.stdin.write(input)
                except BrokenPipeError:
                    pass
            self.stdin.close()
        self._communication_started = True
        deadline = None if timeout is None else _subprocesses.now() + timeout
        for pipe, chunks in ((self.stdout, self._out), (self.stderr, self._err)):
            if pipe is None or pipe.closed:
                continue
            while not _subprocesses.at_eof(self.pid, pipe._which):
                left = None if deadline is None else max(0.0, deadline - _subprocesses.now())
                _subprocesses.wait_output(self.pid, pipe._which, left)
                data = _subprocesses.take(self.pid, pipe._which, -1)
                if data:
                    chunks.append(data)
                elif deadline is not None and _subprocesses.now() >= deadline:
                    raise TimeoutExpired(self.args, timeout, output=b''.join(self._out) if self._out else None,
                                         stderr=b''.join(self._err) if self._err else None)
        # As CPython's, the wait for the exit after the pipes' ends times out with the time left.
        left = None if deadline is None else max(0.0, deadline - _subprocesses.now())
        if self.returncode is None and not _subprocesses.wait(self.pid, left):
            raise TimeoutExpired(self.args, left)
        self.poll()
        out = err = None
        if self.stdout is not None:
            out = b''.join(self._out)
            self.stdout.close()
            if self.text_mode:
                out = _translate(out, self._enc, self._errs)
        if self.stderr is not None:
            err = b''.join(self._err)
            self.stderr.close()
            if self.text_mode:
                err = _translate(err, self._enc, self._errs)
        return (out, err)


def run(*popenargs, input=None, capture_output=False, timeout=None, check=False, **kwargs):
    if input is not None:
        if kwargs.get('stdin') is not None:
            raise ValueError('stdin and input arguments may not both be used.')
        kwargs['stdin'] = PIPE
    if capture_output:
        if kwargs.get('stdout') is not None or kwargs.get('stderr') is not None:
            raise ValueError('stdout and stderr arguments may not be used with capture_output.')
        kwargs['stdout'] = PIPE
        kwargs['stderr'] = PIPE
    with Popen(*popenargs, **kwargs) as process:
        try:
            stdout, stderr = process.communicate(input, timeout=timeout)
        except TimeoutExpired:
            process.kill()
            process.wait()
            raise
        except:
            process.kill()
            raise
        retcode = process.poll()
        if check and retcode:
            raise CalledProcessError(retcode, process.args, output=stdout, stderr=stderr)
    return CompletedProcess(process.args, retcode, stdout, stderr)


def call(*popenargs, timeout=None, **kwargs):
    with Popen(*popenargs, **kwargs) as p:
        try:
            return p.wait(timeout=timeout)
        except:
            p.kill()
            raise


def check_call(*popenargs, **kwargs):
    status = call(*popenargs, **kwargs)
    if not status:
        return 0
    # The command is named by args= when given that way, else by the first positional.
    named = kwargs.get("args")
    raise CalledProcessError(status, popenargs[0] if named is None else named)


def check_output(*popenargs, timeout=None, **kwargs):
    for kw in ('stdout', 'check'):
        if kw in kwargs:
            raise ValueError(f'{kw} argument not allowed, it will be overridden.')
    if 'input' in kwargs and kwargs['input'] is None:
        if kwargs.get('universal_newlines') or kwargs.get('text') or kwargs.get('encoding') or kwargs.get('errors'):
            empty = ''
        else:
            empty = b''
        kwargs['input'] = empty
    return run(*popenargs, stdout=PIPE, timeout=timeout, check=True, **kwargs).stdout


def getstatusoutput(cmd, *, encoding=None, errors=None):
    try:
        data = check_output(cmd, shell=True, text=True, stderr=STDOUT, encoding=encoding, errors=errors)
        status = 0
    except CalledProcessError as failure:
        data, status = failure.output, failure.returncode
    # One trailing newline is dropped, as the shell's $(...) would.
    return status, data[:-1] if data.endswith('\n') else data


def getoutput(cmd, *, encoding=None, errors=None):
    return getstatusoutput(cmd, encoding=encoding, errors=errors)[1]


def _exit_status(code):
    """A Python child's exit status for SystemExit(code), as the interpreter's exit makes it."""
    if code is None:
        return 0
    if isinstance(code, int):
        return code & 255
    sys.stderr.write(str(code) + "\n")
    return 1


def _is_child(pid):
    """os.kill's question: is `pid` a child this program started and has not reaped?"""
    return _subprocesses.is_child(pid)


def _is_reaped(pid):
    """os.kill's other question: was `pid` a child whose exit status was collected (its pid is gone)?"""
    return _subprocesses.is_reaped(pid)


def _reap(pid):
    """waitpid(pid, WNOHANG) as Popen's poll and wait do: the child's exit status, None while it runs;
    once collected, the child is gone (os.kill of its pid raises ProcessLookupError)."""
    code = _subprocesses.returncode(pid)
    if code is not None:
        _subprocesses.reap(pid)
    return code


def _signal_child(pid, sig):
    """A signal to a child (os.kill, send_signal): what it does by default (most end the child,
    killed by it; SIGCHLD, SIGCONT, SIGURG and SIGWINCH are ignored); an ended child, not yet
    reaped, takes it silently. A Python child's own handler (or its KeyboardInterrupt) and stopping
    a child are not simulated."""
    if sig in signal._IGNORED_BY_DEFAULT:
        return
    if sig in (19, 20, 21, 22):
        _subprocesses.refuse(f'stopping a child process ({signal.Signals(sig).name}) is not simulated in Loopline')
    if _subprocesses.in_python(pid):
        handler = signal._handler_of(pid, sig)
        if handler == signal.SIG_IGN:
            return
        if sig == 2 or not isinstance(handler, signal.Handlers):
            _subprocesses.refuse(f'a Python child handling {signal.Signals(sig).name} (its handler, or '
                                 'KeyboardInterrupt) is not simulated in Loopline')
    _subprocesses.signal(pid, sig)


def _environment(env):
    """The child's environment as 'NAME=value' strings: Popen's env (checked as CPython's _execute_child
    checks it), else the parent's os.environ as it is now."""
    if env is None:
        return [f'{k}={v}' for k, v in os.environ.items()]
    out = []
    for k, v in env.items():
        k = os.fsencode(k)
        if b'=' in k:
            raise ValueError("illegal environment variable name")
        v = os.fsencode(v)
        if b'\0' in k or b'\0' in v:
            raise ValueError('embedded null byte')
        out.append(k.decode() + '=' + v.decode())
    return out


def _working_directory(cwd):
    """The child's working directory, absolute; one that is not a directory fails as the child's chdir
    does, reported in the parent (FileNotFoundError or NotADirectoryError naming cwd as given)."""
    if cwd is None:
        return os.getcwd()
    name = os.fspath(cwd)
    text = name.decode() if isinstance(name, bytes) else name
    if not os.path.exists(text):
        raise FileNotFoundError(2, 'No such file or directory', name)
    if not os.path.isdir(text):
        raise NotADirectoryError(20, 'Not a directory', name)
    return os.path.normpath(os.path.join(os.getcwd(), text))


def _is_dir(path):
    return os.path.isdir(path)


def _coerce_locale(environ):
    """A Python child's start-up (PEP 538): under the C or POSIX locale (LC_ALL unset) it sets LC_CTYPE=C.UTF-8."""
    if environ.get('LC_ALL') or environ.get('PYTHONCOERCECLOCALE') == '0':
        return
    if (environ.get('LC_CTYPE') or environ.get('LANG') or 'C') in ('C', 'POSIX'):
        dict.__setitem__(environ, 'LC_CTYPE', 'C.UTF-8')


def _python_main(code, argv, env, cwd):
    """A Python child ('python -c CODE'): the code runs as a new interpreter's __main__, with its own
    sys.argv, os.environ and working directory (the parent's are put back after); returns its exit status."""
    namespace = {'__name__': '__main__', '__doc__': None, '__package__': None, '__spec__': None,
                 '__annotations__': {}, '__builtins__': builtins}
    argv_before = sys.argv
    environ_before = dict(os.environ)
    cwd_before = os.getcwd()
    sys.argv = argv
    dict.clear(os.environ)
    for kv in env:
        k, _, v = kv.partition('=')
        dict.__setitem__(os.environ, k, v)
    _coerce_locale(os.environ)
    os.path._CWD = cwd
    signal._fresh_handlers()
    try:
        try:
            compiled = _subprocesses.compile(code)
        except SyntaxError as e:
            sys.stderr.write(_syntax_error_text(e))
            return 1
        _subprocesses.run_code(compiled, namespace)
    except SystemExit as e:
        return _exit_status(e.code)
    except BaseException as e:
        sys.stderr.write(_subprocesses.format_exception(e, code))
        return 1
    finally:
        sys.argv = argv_before
        dict.clear(os.environ)
        dict.update(os.environ, environ_before)
        os.path._CWD = cwd_before
    return 0


def _syntax_error_text(e):
    """How the interpreter prints a SyntaxError in its -c code: the place, the line, the carets, the message."""
    out = f'  File "{e.filename}", line {e.lineno}\n'
    if e.text is not None:
        rtext = e.text.rstrip('\n')
        ltext = rtext.lstrip(' \n\f')
        spaces = len(rtext) - len(ltext)
        out += f'    {ltext}\n'
        if isinstance(e.offset, int):
            offset = e.offset
            if e.lineno == e.end_lineno:
                end = e.end_offset if isinstance(e.end_offset, int) and e.end_offset != 0 else offset
            else:
                end = len(rtext) + 1
            if offset > len(e.text):
                offset = len(rtext) + 1
            if end > len(e.text):
                end = len(rtext) + 1
            if offset >= end or end < 0 or (sys.version_info < (3, 13) and isinstance(e, IndentationError)):
                end = offset + 1
            col = offset - 1 - spaces
            if col >= 0:
                pad = ''.join(c if c.isspace() else ' ' for c in ltext[:col])
                out += f'    {pad}{"^" * (end - offset)}\n'
    return out + f'{type(e).__name__}: {e.msg}\n'


_subprocesses.setup(_python_main, _is_dir)
