# `os` on the simulated machine: a fixed environment, process ids and core count, and os.path's
# string operations, and the file operations of its in-memory file system (_fs: fresh for every run,
# never the real disk; see there), file descriptors included (os.open, read, write, lseek...). It runs no other processes. Its environment:
#   HOME=/home/loopline LANG=C.UTF-8 PATH=/usr/local/bin:/usr/bin:/bin PWD=/home/loopline
#   SHELL=/bin/sh USER=loopline
# getpid() is 4242 (getppid() 4241) in the main process (a child process has its own), cpu_count() the simulated machine's cores, getcwd() /home/loopline.

import _fs
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
        if key in self:
            return self[key]
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


def kill(pid, signal, /):
    """Sends `signal` to the program itself (its handler runs at once, as CPython runs it before
    os.kill returns) or to one of its subprocess children (which ends, killed by it); 0 only checks
    that the process is there. Other processes are not simulated."""
    import sys
    for value in (pid, signal):
        if not hasattr(type(value), '__index__'):
            raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer")
    pid, sig = pid.__index__(), signal.__index__()
    if not 0 <= sig < 65:
        raise OSError(22, 'Invalid argument')
    if pid == getpid():
        threading = sys.modules.get('threading')
        if threading is not None and threading.current_thread() is not threading.main_thread():
            _stdlib_native.refuse("os.kill of the program's own process from a thread other than the main "
                                  "thread is not simulated in Loopline")
        if sig:
            import signal as signal_module
            signal_module._deliver(sig)
        return
    subprocess = sys.modules.get('subprocess')
    if pid > 0 and subprocess is not None and subprocess._is_reaped(pid):
        raise ProcessLookupError(3, 'No such process')
    if pid > 0 and subprocess is not None and subprocess._is_child(pid):
        if sig:
            subprocess._signal_child(pid, sig)
        return
    if pid <= 0 or pid == getppid() or 'multiprocessing' in sys.modules:
        _stdlib_native.refuse(f"os.kill of process {pid} is not simulated in Loopline (only the program's own "
                              "and its subprocess children)")
    raise ProcessLookupError(3, 'No such process')


def cpu_count():
    return _stdlib_native.cpu_count()


def process_cpu_count():
    return cpu_count()


def getcwd():
    return path._CWD


def getlogin():
    return environ.get('USER', 'loopline')


def strerror(code):
    """The text of an error number, as glibc words it."""
    if not isinstance(code, int):
        raise TypeError(f"'{type(code).__name__}' object cannot be interpreted as an integer")
    from _errno_messages import MESSAGES
    return 'Success' if code == 0 else MESSAGES.get(code, f'Unknown error {code}')


def fspath(p):
    if isinstance(p, (str, bytes)):
        return p
    if hasattr(type(p), '__fspath__'):
        return p.__fspath__()
    raise TypeError(f'expected str, bytes or os.PathLike object, not {type(p).__name__}')


# os._exit: the process ends at once, without running finally blocks, atexit or flushing.
_exit = _stdlib_native._exit


class stat_result:
    # What stat() tells of a file or directory: its mode, size and last change (virtual time).
    def __init__(self, mode, size, mtime):
        self.st_mode = mode
        self.st_size = size
        self.st_mtime = self.st_ctime = self.st_atime = mtime
        self.st_nlink = 1
        self.st_uid = self.st_gid = 1000

    def __repr__(self):
        return (f'os.stat_result(st_mode={self.st_mode}, st_size={self.st_size}, '
                f'st_mtime={int(self.st_mtime)})')


def stat(path, *, dir_fd=None, follow_symlinks=True):
    p = _fs.name(path, 'stat')
    return stat_result(*_fs.mode_size_mtime(_fs.find(p)))


def lstat(path, *, dir_fd=None):
    # The same as stat: the simulated file system has no symbolic links.
    return stat(_fs.name(path, 'lstat'), dir_fd=dir_fd)


# os.access's modes. The program runs as root (as the recorder's python3 does): reading and writing
# are allowed whatever the bits; executing needs a directory or an execute bit for someone.
F_OK = 0
X_OK = 1
W_OK = 2
R_OK = 4


def _int_arg(value):
    if not hasattr(type(value), '__index__'):
        raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer")
    return value.__index__()


def access(path, mode, *, dir_fd=None, effective_ids=False, follow_symlinks=True):
    mode = _int_arg(mode)
    node = _fs.lookup_quiet(_fs.name(path, 'access'))
    if node is None:
        return False
    return not mode & X_OK or _fs.is_dir(node) or bool(node.mode & 0o111)


def chmod(path, mode, *, dir_fd=None, follow_symlinks=True):
    """Sets the permission bits (mode & 0o7777) of the file or directory at `path`, or of the open
    file descriptor `path`."""
    if dir_fd is not None:
        raise NotImplementedError('os.chmod(dir_fd=...) is not simulated in Loopline')
    mode = _int_arg(mode)
    if isinstance(path, int):
        fchmod(path, mode)
        return
    _fs.find(_fs.name(path, 'chmod')).mode = mode & 0o7777


def fchmod(fd, mode):
    mode = _int_arg(mode)
    _fs.fd_description(_int_arg(fd), 'os.fchmod')._node.mode = mode & 0o7777


def umask(mask, /):
    """Sets the process's file mode creation mask; returns the one before."""
    old = _fs.umask
    _fs.umask = _int_arg(mask) & 0o777
    return old


def fsencode(filename):
    filename = fspath(filename)
    return filename.encode('utf-8', 'surrogateescape') if isinstance(filename, str) else filename


def fsdecode(filename):
    filename = fspath(filename)
    return filename.decode('utf-8', 'surrogateescape') if isinstance(filename, bytes) else filename


class terminal_size(tuple):
    # What get_terminal_size() gives: (columns, lines).
    n_fields = n_sequence_fields = 2
    n_unnamed_fields = 0

    def __new__(cls, sequence):
        values = tuple(sequence)
        if len(values) != 2:
            raise TypeError(f'os.terminal_size() takes a 2-sequence ({len(values)}-sequence given)')
        return _stdlib_native.tuple_new(cls, values)

    def __repr__(self):
        return f'os.terminal_size(columns={self[0]!r}, lines={self[1]!r})'

    columns = property(lambda self: self[0])
    lines = property(lambda self: self[1])


def get_terminal_size(fd=1):
    # The simulated program's output is no terminal.
    raise OSError(25, 'Inappropriate ioctl for device')


def listdir(path='.'):
    return list(_fs.entries(_fs.name(path, 'listdir')))


def mkdir(path, mode=0o777, *, dir_fd=None):
    _fs.mkdir(_fs.name(path, 'mkdir'), _int_arg(mode))


def makedirs(name, mode=0o777, exist_ok=False):
    name = _fs.name(name, 'mkdir')
    head, tail = path.split(name.rstrip('/'))
    if head and tail and not path.exists(head):
        makedirs(head, exist_ok=True)
    try:
        mkdir(name)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def rmdir(path, *, dir_fd=None):
    _fs.rmdir(_fs.name(path, 'rmdir'))


def remove(path, *, dir_fd=None):
    _fs.remove(_fs.name(path, 'remove'))


def unlink(path, *, dir_fd=None):
    _fs.remove(_fs.name(path, 'unlink'))


def rename(src, dst, *, src_dir_fd=None, dst_dir_fd=None):
    _fs.rename(_fs.name(src, 'rename', 'src'), _fs.name(dst, 'rename', 'dst'))


def replace(src, dst, *, src_dir_fd=None, dst_dir_fd=None):
    _fs.rename(_fs.name(src, 'replace', 'src'), _fs.name(dst, 'replace', 'dst'))


def chdir(p):
    name = _fs.name(p, 'chdir')
    node = _fs.find(name)
    if not _fs.is_dir(node):
        raise _fs.error(20, name)
    path._CWD = path.normpath(path.join(path._CWD, name))


class DirEntry:
    def __init__(self, directory, name):
        self.name = name
        self.path = path.join(directory, name)

    def __repr__(self):
        return f'<DirEntry {self.name!r}>'

    def __fspath__(self):
        return self.path

    def is_dir(self, *, follow_symlinks=True):
        return path.isdir(self.path)

    def is_file(self, *, follow_symlinks=True):
        return path.isfile(self.path)

    def is_symlink(self):
        return False

    def stat(self, *, follow_symlinks=True):
        return stat(self.path)


class _ScandirIterator:
    def __init__(self, directory, names):
        self._entries = iter([DirEntry(directory, n) for n in names])

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._entries)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def close(self):
        self._entries = iter(())


def scandir(path='.'):
    _fs.name(path, 'scandir')
    return _ScandirIterator(fspath(path), listdir(path))


def walk(top, topdown=True, onerror=None, followlinks=False):
    top = fspath(top)
    try:
        names = listdir(top)
    except OSError as e:
        if onerror is not None:
            onerror(e)
        return
    dirs = [n for n in names if path.isdir(path.join(top, n))]
    files = [n for n in names if n not in dirs]
    if topdown:
        yield top, dirs, files
    for d in dirs:
        yield from walk(path.join(top, d), topdown, onerror, followlinks)
    if not topdown:
        yield top, dirs, files


# File descriptors (_fs): os.open's flags are Linux's numbers.
O_RDONLY = 0
O_WRONLY = 1
O_RDWR = 2
O_ACCMODE = 3
O_CREAT = 0o100
O_EXCL = 0o200
O_NOCTTY = 0o400
O_TRUNC = 0o1000
O_APPEND = 0o2000
O_NONBLOCK = O_NDELAY = 0o4000
O_SYNC = 0o4010000
O_DSYNC = 0o10000
O_CLOEXEC = 0o2000000
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
_O_KNOWN = O_ACCMODE | O_CREAT | O_EXCL | O_NOCTTY | O_TRUNC | O_APPEND | O_NONBLOCK | O_SYNC | O_CLOEXEC


def open(path, flags, mode=0o777, *, dir_fd=None):
    if dir_fd is not None:
        raise NotImplementedError('os.open(dir_fd=...) is not simulated in Loopline')
    name = _fs.name(path, 'open')
    if not isinstance(flags, int):
        raise TypeError(f"'{type(flags).__name__}' object cannot be interpreted as an integer")
    if flags & ~_O_KNOWN:
        raise NotImplementedError(f'os.open flags {flags & ~_O_KNOWN:#o} are not simulated in Loopline')
    access = flags & O_ACCMODE
    if access == O_ACCMODE:
        raise OSError(22, 'Invalid argument', name)
    node = _fs.lookup(name)
    if node is not None and _fs.is_dir(node):
        if flags & O_CREAT and flags & O_EXCL:
            raise _fs.error(17, name)
        if access != O_RDONLY or flags & O_CREAT:
            raise _fs.error(21, name)
    else:
        node = _fs.open_file(name, bool(flags & O_CREAT), bool(flags & O_CREAT and flags & O_EXCL),
                             bool(flags & O_TRUNC), _int_arg(mode))
    desc = _fs.description(node, access != O_WRONLY, access != O_RDONLY, bool(flags & O_APPEND))
    return _fs.new_fd(desc)


def close(fd):
    _fs.close_fd(fd)


def closerange(fd_low, fd_high):
    for fd in range(fd_low, fd_high):
        if _fs.open_description(fd) is not None:
            _fs.close_fd(fd)


def read(fd, n):
    desc = _fs.fd_description(fd, 'os.read')
    if n < 0:
        raise OSError(22, 'Invalid argument')
    if not desc._readable:
        raise _fs.bad_fd()
    if _fs.is_dir(desc._node):
        raise OSError(21, 'Is a directory')
    end = min(len(desc._node.data), desc._pos + n)
    data = _fs.read(desc._node, desc._pos, end) if end > desc._pos else b''
    desc._pos = max(desc._pos, end)
    return data


def write(fd, data):
    desc = _fs.fd_description(fd, 'os.write')
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    data = bytes(data)
    if not desc._writable:
        raise _fs.bad_fd()
    if desc._append:
        desc._pos = len(desc._node.data)
    desc._pos = _fs.write_at(desc._node, desc._pos, data)
    return len(data)


def lseek(fd, position, whence):
    desc = _fs.fd_description(fd, 'os.lseek')
    if whence == SEEK_SET:
        new = position
    elif whence == SEEK_CUR:
        new = desc._pos + position
    elif whence == SEEK_END:
        new = (4096 if _fs.is_dir(desc._node) else len(desc._node.data)) + position
    else:
        raise OSError(22, 'Invalid argument')
    if new < 0:
        raise OSError(22, 'Invalid argument')
    desc._pos = new
    return new


def fstat(fd):
    return stat_result(*_fs.mode_size_mtime(_fs.fd_description(fd, 'os.fstat')._node))


def ftruncate(fd, length):
    desc = _fs.fd_description(fd, 'os.ftruncate')
    if not desc._writable:
        raise OSError(22, 'Invalid argument')
    _fs.resize(desc._node, length)


def fdopen(fd, mode='r', buffering=-1, encoding=None, *args, **kwargs):
    if not isinstance(fd, int):
        raise TypeError(f'invalid fd type ({type(fd)}, expected integer)')
    import _fileio
    if 0 <= fd <= 2:
        raise NotImplementedError(f'os.fdopen on descriptor {fd} (a standard stream) is not simulated in Loopline')
    return _fileio.open(fd, mode, buffering, encoding, *args, **kwargs)


def _fileno(fd):
    # An int, or an object with a fileno() method (as fsync takes them).
    if not isinstance(fd, int):
        if not hasattr(fd, 'fileno'):
            raise TypeError('argument must be an int, or have a fileno() method.')
        fd = fd.fileno()
    if fd < 0:
        raise ValueError(f'file descriptor cannot be a negative integer ({fd})')
    return fd


def fsync(fd):
    # Writes reach the in-memory file at once: nothing is left to flush to a disk.
    _fs.fd_description(_fileno(fd), 'os.fsync')


def fdatasync(fd):
    _fs.fd_description(_fileno(fd), 'os.fdatasync')


def truncate(path, length):
    if isinstance(path, int):
        return ftruncate(path, length)
    name = _fs.name(path, 'truncate')
    node = _fs.find(name)
    if _fs.is_dir(node):
        raise _fs.error(21, name)
    if not _fs.is_file(node):
        raise OSError(22, 'Invalid argument', name)  # a Unix socket's file
    _fs.resize(node, length)

# The C module posix's: `<built-in function getcwd>`.
from _stdlib_native import c_functions as _c_functions
_c_functions('posix', globals(), '''access chdir chmod close closerange cpu_count fchmod fdatasync fspath fstat fsync ftruncate
    get_terminal_size getcwd getlogin getpid getppid kill listdir lseek lstat mkdir open putenv read remove rename
    replace rmdir scandir stat strerror truncate umask unlink unsetenv write''')
del _c_functions
