# `os` on the simulated machine: a fixed environment, process ids and core count, and os.path's
# string operations. The machine has no files (os.path.exists() is False) and runs no other
# processes. Its environment:
#   HOME=/home/loopline LANG=C.UTF-8 PATH=/usr/local/bin:/usr/bin:/bin PWD=/home/loopline
#   SHELL=/bin/sh USER=loopline
# getpid() is 4242 (getppid() 4241) in the main process (a child process has its own), cpu_count() the simulated machine's cores, getcwd() /home/loopline.

import _stdlib_native
import posixpath as path

name = 'posix'
sep = path.sep
altsep = path.altsep
curdir = path.curdir
pardir = path.pardir
extsep = path.extsep
pathsep = path.pathsep
defpath = path.defpath
devnull = path.devnull
linesep = '\n'


class _Environ(dict):
    def __setitem__(self, key, value):
        if not isinstance(key, str):
            raise TypeError(f'str expected, not {type(key).__name__}')
        if not isinstance(value, str):
            raise TypeError(f'str expected, not {type(value).__name__}')
        dict.__setitem__(self, key, value)

    def setdefault(self, key, value):
        if key not in self:
            self[key] = value
        return self[key]

    def copy(self):
        return dict(self)

    def __repr__(self):
        items = ', '.join(f'{k!r}: {v!r}' for k, v in self.items())
        return f'environ({{{items}}})'


environ = _Environ({
    'HOME': '/home/loopline',
    'LANG': 'C.UTF-8',
    'PATH': '/usr/local/bin:/usr/bin:/bin',
    'PWD': '/home/loopline',
    'SHELL': '/bin/sh',
    'USER': 'loopline',
})


def getenv(key, default=None):
    return environ.get(key, default)


def putenv(key, value):
    pass


def unsetenv(key):
    pass


def getpid():
    return _stdlib_native.getpid()


def getppid():
    return _stdlib_native.getppid()


def cpu_count():
    return _stdlib_native.cpu_count()


def process_cpu_count():
    return cpu_count()


def getcwd():
    return path._CWD


def getlogin():
    return environ.get('USER', 'loopline')


def fspath(p):
    if isinstance(p, (str, bytes)):
        return p
    if hasattr(type(p), '__fspath__'):
        return p.__fspath__()
    raise TypeError(f'expected str, bytes or os.PathLike object, not {type(p).__name__}')


# os._exit: the process ends at once, without running finally blocks, atexit or flushing.
_exit = _stdlib_native._exit


def _no_files(name):
    def f(*args, **kwargs):
        raise NotImplementedError(f'os.{name}: the simulated machine has no files')
    f.__name__ = name
    return f


listdir = _no_files('listdir')
mkdir = _no_files('mkdir')
makedirs = _no_files('makedirs')
remove = _no_files('remove')
rename = _no_files('rename')
stat = _no_files('stat')
