# `sys`: version information for the CPython version simulated (3.13.0 by default) on Linux, limits, argv, and stdin/stdout/stderr file objects
# (stdout.write goes to the program's output like print; stderr is not recorded; stdin reads the run's input, as a piped stdin).

import _stdlib_native


class _VersionInfo(tuple):
    _fields = ('major', 'minor', 'micro', 'releaselevel', 'serial')

    def __new__(cls, values):
        return _stdlib_native.tuple_new(cls, values)

    major = property(lambda self: self[0])
    minor = property(lambda self: self[1])
    micro = property(lambda self: self[2])
    releaselevel = property(lambda self: self[3])
    serial = property(lambda self: self[4])

    def __repr__(self):
        parts = ', '.join([f'{name}={value!r}' for name, value in zip(self._fields, self)])
        return f'sys.version_info({parts})'


_VersionInfo.__name__ = 'version_info'
_VersionInfo.__qualname__ = 'version_info'
_VersionInfo.__module__ = 'sys'

_major, _minor, _micro = _stdlib_native.python_version()
version_info = _VersionInfo((_major, _minor, _micro, 'final', 0))
version = f'{_major}.{_minor}.{_micro} (main, Oct  7 2024, 00:00:00) [GCC 13.2.0]'
hexversion = (_major << 24) | (_minor << 16) | (_micro << 8) | 0xf0
api_version = 1013
platform = 'linux'
byteorder = 'little'
maxsize = 9223372036854775807
maxunicode = 1114111
executable = '/usr/bin/python3'
prefix = '/usr'
base_prefix = '/usr'
argv = ['main.py']
orig_argv = ['python3', 'main.py']
path = ['']
builtin_module_names = ('builtins', 'sys', 'time')
# The years end with the one CPython's build was made in (3.11.7 and 3.12.1: 2023; 3.14 names
# 2001 only); builtins.copyright
# shows the same text (runtime/site-builtins.ts).
copyright = '\n\n'.join(line + '\nAll Rights Reserved.' for line in (
    f'Copyright (c) {"2001-2023" if _minor <= 12 else "2001-2024" if _minor == 13 else "2001"} Python Software Foundation.',
    'Copyright (c) 2000 BeOpen.com.',
    'Copyright (c) 1995-2001 Corporation for National Research Initiatives.',
    'Copyright (c) 1991-1995 Stichting Mathematisch Centrum, Amsterdam.'))
dont_write_bytecode = False
warnoptions = []
float_repr_style = 'short'


class _Implementation:
    name = 'cpython'
    cache_tag = f'cpython-{_major}{_minor}'
    version = version_info

    def __repr__(self):
        return f"namespace(name='cpython', cache_tag='{self.cache_tag}', version=" + repr(version_info) + ')'


implementation = _Implementation()

def getswitchinterval():
    return _stdlib_native.switch_interval()


def setswitchinterval(interval, /):
    if isinstance(interval, str) or not isinstance(interval, (int, float)):
        raise TypeError("must be real number, not " + type(interval).__name__)
    if interval <= 0:
        raise ValueError("switch interval must be strictly positive")
    _stdlib_native.set_switch_interval(float(interval))


def getrecursionlimit():
    return _stdlib_native.recursion_limit()


def setrecursionlimit(limit, /):
    if not isinstance(limit, int):
        raise TypeError("'" + type(limit).__name__ + "' object cannot be interpreted as an integer")
    if limit < 1:
        raise ValueError('recursion limit must be greater or equal than 1')
    if limit > 2147483647:
        raise OverflowError('Python int too large to convert to C int')
    _stdlib_native.set_recursion_limit(limit)


def getdefaultencoding():
    return 'utf-8'


def getfilesystemencoding():
    return 'utf-8'


def intern(string, /):
    if type(string) is not str:
        raise TypeError(f'intern() argument must be str, not {type(string).__name__}')
    return string


def exit(status=None, /):
    raise SystemExit(status)


def getsizeof(obj, default=None):
    raise TypeError('sys.getsizeof() is not available in Loopline')


def is_finalizing():
    return False


class _TextStream:
    def __init__(self, name, fileno, shown):
        self.name = f'<{name}>'
        self._fileno = fileno
        self._shown = shown
        self.encoding = 'utf-8'
        self.errors = 'strict'
        self.closed = False

    def write(self, s, /):
        if not isinstance(s, str):
            raise TypeError(f'write() argument must be str, not {type(s).__name__}')
        if not s:
            pass
        elif self._shown:
            _stdlib_native.stdout_write(s)
        else:
            _stdlib_native.stderr_write(s)
        return len(s)

    def writelines(self, lines, /):
        for line in lines:
            self.write(line)

    def flush(self):
        pass

    def isatty(self):
        return False

    def fileno(self):
        return self._fileno

    def readable(self):
        return False

    def writable(self):
        return True

    def __repr__(self):
        return f"<_io.TextIOWrapper name='{self.name}' mode='w' encoding='utf-8'>"


def _size_arg(size):
    if size is None:
        return -1
    if not hasattr(type(size), '__index__'):
        raise TypeError(f"argument should be integer or None, not '{type(size).__name__}'")
    return size.__index__()


class _TextInput:
    # sys.stdin as python3 has it when its input is piped: text, not a terminal.
    name = '<stdin>'
    mode = 'r'
    encoding = 'utf-8'
    errors = 'strict'
    closed = False

    def _check(self):
        if self.closed:
            raise ValueError('I/O operation on closed file.')

    def read(self, size=-1, /):
        self._check()
        return _stdlib_native.stdin_read(_size_arg(size))

    def readline(self, size=-1, /):
        self._check()
        return _stdlib_native.stdin_readline(_size_arg(size))

    def readlines(self, hint=-1, /):
        hint = _size_arg(hint)
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                return lines
            lines.append(line)
            total += len(line)
            if 0 < hint < total:
                return lines

    def __iter__(self):
        self._check()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *exc):
        self.close()

    def close(self):
        self.closed = True

    def write(self, s, /):
        self._check()
        import io

        raise io.UnsupportedOperation('not writable')

    def flush(self):
        self._check()

    def isatty(self):
        self._check()
        return False

    def fileno(self):
        return 0

    def readable(self):
        self._check()
        return True

    def writable(self):
        self._check()
        return False

    def seekable(self):
        self._check()
        return False

    def __repr__(self):
        return "<_io.TextIOWrapper name='<stdin>' mode='r' encoding='utf-8'>"


stdin = _TextInput()
__stdin__ = stdin
stdout = _TextStream('stdout', 1, True)
stderr = _TextStream('stderr', 2, False)
__stdout__ = stdout
__stderr__ = stderr
# The run replaces it with the live dict of imported modules (stdlib/modules.ts).
modules = {}


def exception():
    return _stdlib_native.handled_exception()


def exc_info():
    e = _stdlib_native.handled_exception()
    if e is None:
        return (None, None, None)
    return (type(e), e, e.__traceback__)

# C functions in CPython: `<built-in function exit>`.
from _stdlib_native import c_functions as _c_functions
_c_functions('sys', globals(), '''exc_info exception exit getdefaultencoding getfilesystemencoding getrecursionlimit getsizeof
    getswitchinterval intern is_finalizing setrecursionlimit setswitchinterval''')
del _c_functions
