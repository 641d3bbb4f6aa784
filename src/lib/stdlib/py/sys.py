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


def getsizeof(*args, **kwargs):
    return _size_of(*_size_args(args, kwargs))


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


# ---- getsizeof: the sizes 64-bit CPython gives, worked out from its object layouts

def _size_args(args, kwargs):
    # getsizeof(object, default=<none>), either by position or by keyword.
    if len(args) + len(kwargs) > 2:
        raise TypeError(f'getsizeof() takes at most 2 arguments ({len(args) + len(kwargs)} given)')
    given = dict(zip(('object', 'default'), args))
    for key, value in kwargs.items():
        if key not in ('object', 'default'):
            if version_info < (3, 13):
                raise TypeError(f"'{key}' is an invalid keyword argument for getsizeof()")
            raise TypeError(f"getsizeof() got an unexpected keyword argument '{key}'")
        if key in given:
            raise TypeError(f"argument for getsizeof() given by name ('{key}') and position ({1 if key == 'object' else 2})")
        given[key] = value
    if 'object' not in given:
        raise TypeError("getsizeof() missing required argument 'object' (pos 1)")
    return given['object'], 'default' in given, given.get('default')


def _str_size(text):
    # A compact str: its header by kind (ASCII, latin-1, UCS-2, UCS-4), then the characters and a NUL.
    widest = max(map(ord, text)) if text else 0
    modern = version_info >= (3, 12)
    if widest < 128:
        return (40 if modern else 48) + len(text) + 1
    if widest < 256:
        # From 3.12 the one-character latin-1 strings are shared objects that hold their UTF-8 too.
        cached = 3 if modern and len(text) == 1 else 0
        return (56 if modern else 72) + len(text) + 1 + cached
    width = 2 if widest < 0x10000 else 4
    return (56 if modern else 72) + width * (len(text) + 1)


def _own_classes(kind):
    # The classes of a program's type down to object, or None when a built-in or library class
    # is among them (their layouts are CPython's C structures, not modelled here).
    chain = kind.__mro__
    if chain[-1] is not object or any(c.__module__ != '__main__' for c in chain[:-1]):
        return None
    return chain[:-1]


def _instance_size(obj, own, has_default, default):
    slotted = [c for c in own if '__slots__' in c.__dict__]
    named = [n for c in slotted for n in ([c.__slots__] if isinstance(c.__slots__, str) else c.__slots__)]
    if '__dict__' in named or '__weakref__' in named:
        _stdlib_native.refuse(f'sys.getsizeof of a {type(obj).__name__} object (its __slots__ name '
                              f'__dict__ or __weakref__) is not simulated in Loopline')
    with_dict = len(slotted) < len(own)
    # Before the object: the garbage collector's header, and from 3.11 the managed dict's two pointers.
    before = 16 + (16 if with_dict else 0)
    for c in own:
        if '__sizeof__' in c.__dict__:
            try:
                size = obj.__sizeof__()
            except TypeError:
                if has_default:
                    return default
                raise
            size = int(size)
            if size < 0:
                raise ValueError('__sizeof__() should return >= 0')
            return size + before
    body = 16 + 8 * len(named)
    if with_dict and version_info < (3, 12):
        body += 8  # 3.11 keeps the weakref list pointer in the object
    return body + before


def _size_of(obj, has_default, default):
    kind = type(obj)
    if kind is int or kind is bool:
        # 30-bit digits after a 24-byte header, at least one digit (zero included).
        return 24 + 4 * max(1, (abs(int(obj)).bit_length() + 29) // 30)
    if kind is float:
        return 24
    if kind is complex:
        return 32
    if obj is None or obj is Ellipsis or obj is NotImplemented or kind is object:
        return 16
    if kind is str:
        return _str_size(obj)
    if kind is bytes:
        return 33 + len(obj)
    if kind is tuple:
        # 3.14 caches the tuple's hash in it.
        return (48 if version_info >= (3, 14) else 40) + 8 * len(obj)
    if kind is range:
        return 48
    if kind is slice:
        return 56
    if kind is frozenset and not obj:
        return 216
    own = _own_classes(kind)
    if own is not None:
        return _instance_size(obj, own, has_default, default)
    why = ' (its size depends on how it grew)' if kind in (list, dict, set, frozenset, bytearray) else ''
    _stdlib_native.refuse(f'sys.getsizeof of a {kind.__name__} object{why} is not simulated in Loopline')

def _getframe(*args, **kwargs):
    # A C function of one optional positional argument, named in its own errors.
    if kwargs:
        raise TypeError('sys._getframe() takes no keyword arguments')
    if len(args) > 1:
        raise TypeError(f'_getframe expected at most 1 argument, got {len(args)}')
    return _stdlib_native.frame_at(args[0] if args else 0, False)


if version_info >= (3, 12):
    def _getframemodulename(*args, **kwargs):
        given = len(args) + len(kwargs)
        if given > 1:
            raise TypeError(f'_getframemodulename() takes at most 1 argument ({given} given)')
        if kwargs.keys() - {'depth'}:
            name = next(iter(kwargs))
            raise TypeError(f"_getframemodulename() got an unexpected keyword argument '{name}'")
        depth = args[0] if args else kwargs.get('depth', 0)
        return _stdlib_native.frame_at(depth, True)


def get_coroutine_origin_tracking_depth(*args, **kwargs):
    if kwargs:
        raise TypeError('sys.get_coroutine_origin_tracking_depth() takes no keyword arguments')
    if args:
        raise TypeError(f'sys.get_coroutine_origin_tracking_depth() takes no arguments ({len(args)} given)')
    return _stdlib_native.origin_depth()


def set_coroutine_origin_tracking_depth(*args, **kwargs):
    """Enable or disable origin tracking for coroutine objects in this thread.

Coroutine objects will track 'depth' frames of traceback information
about where they came from, available in their cr_origin attribute.

Set a depth of 0 to disable."""
    # One int argument, 'depth', by position or by name, converted as a C int (with one argument
    # that is not 'depth', CPython's parser finds 'depth' missing before the unknown name).
    given = len(args) + len(kwargs)
    if given > 1:
        raise TypeError(f'set_coroutine_origin_tracking_depth() takes at most 1 argument ({given} given)')
    if not args and 'depth' not in kwargs:
        raise TypeError("set_coroutine_origin_tracking_depth() missing required argument 'depth' (pos 1)")
    depth = args[0] if args else kwargs['depth']
    if not hasattr(type(depth), '__index__'):
        raise TypeError(f"'{type(depth).__name__}' object cannot be interpreted as an integer")
    depth = type(depth).__index__(depth)
    if not -2 ** 31 <= depth < 2 ** 31:
        raise OverflowError('Python int too large to convert to C int')
    if depth < 0:
        raise ValueError('depth must be >= 0')
    _stdlib_native.set_origin_depth(depth)


def get_asyncgen_hooks(*args, **kwargs):
    if kwargs:
        raise TypeError('sys.get_asyncgen_hooks() takes no keyword arguments')
    if args:
        raise TypeError(f'sys.get_asyncgen_hooks() takes no arguments ({len(args)} given)')
    from _sys_info import asyncgen_hooks
    return asyncgen_hooks(_stdlib_native.asyncgen_hooks())


def set_asyncgen_hooks(*args, **kwargs):
    # C's argument parser, format "|OO" with these two names: either may be left out (then kept).
    given = len(args) + len(kwargs)
    if given > 2:
        many = '' if args else 'keyword '
        raise TypeError(f'function takes at most 2 {many}arguments ({given} given)')
    hooks = dict(zip(('firstiter', 'finalizer'), args))
    for name, value in kwargs.items():
        if name in hooks:
            position = ('firstiter', 'finalizer').index(name) + 1
            raise TypeError(f"argument for function given by name ('{name}') and position ({position})")
        if name not in ('firstiter', 'finalizer'):
            if version_info >= (3, 13):
                raise TypeError(f"this function got an unexpected keyword argument '{name}'")
            raise TypeError(f"'{name}' is an invalid keyword argument for this function")
        hooks[name] = value
    for name in ('finalizer', 'firstiter'):
        hook = hooks.get(name)
        if hook is not None and not callable(hook):
            raise TypeError(f'callable {name} expected, got {type(hook).__name__}')
    firstiter, finalizer = _stdlib_native.asyncgen_hooks()
    _stdlib_native.set_asyncgen_hooks(hooks.get('firstiter', firstiter), hooks.get('finalizer', finalizer))


# C functions in CPython: `<built-in function exit>`.
from _stdlib_native import c_functions as _c_functions
_c_functions('sys', globals(), '''_getframe exc_info exception exit get_asyncgen_hooks get_coroutine_origin_tracking_depth
    set_coroutine_origin_tracking_depth getdefaultencoding getfilesystemencoding
    getrecursionlimit getsizeof getswitchinterval intern is_finalizing set_asyncgen_hooks setrecursionlimit setswitchinterval''')
if version_info >= (3, 12):
    _c_functions('sys', globals(), '_getframemodulename')
del _c_functions
