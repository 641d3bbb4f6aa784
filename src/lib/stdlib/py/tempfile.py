# `tempfile` on the run's in-memory file system (_fs.py): the temporary directory is /tmp (or
# tempfile.tempdir, or $TMPDIR/$TEMP/$TMP when that directory exists), and mkdtemp, mkstemp,
# mktemp, NamedTemporaryFile and TemporaryDirectory make their entries there as CPython's do.
# The names differ: CPython draws the 8 characters after the prefix at random on every run;
# Loopline draws them from a generator seeded the same way in every run, so a program sees the
# same names each time (tmpXXXXXXXX, the same alphabet and length). mkstemp's descriptor is
# os.open's (os.read/os.write/os.fdopen/os.close take it). TemporaryFile is unnamed (Linux's
# O_TMPFILE: no entry in the directory, its name is its descriptor); SpooledTemporaryFile stays in
# memory until it rolls over into one.

import os as _os
import sys as _sys
from _fileio import IOBase as _IOBase
from types import GenericAlias as _GenericAlias

__all__ = ["NamedTemporaryFile", "TemporaryFile", "SpooledTemporaryFile", "mkstemp", "mkdtemp", "mktemp", "TMP_MAX", "gettempprefix", "tempdir",
           "gettempdir", "gettempprefixb", "gettempdirb", "TemporaryDirectory"]

TMP_MAX = 238328
template = "tmp"
tempdir = None

_CHARACTERS = "abcdefghijklmnopqrstuvwxyz0123456789_"
_names = None


def _name_sequence():
    # The same sequence in every run (see above).
    global _names
    if _names is None:
        import random
        _names = random.Random(0x7e3f)
    while True:
        yield ''.join(_names.choice(_CHARACTERS) for _ in range(8))


def _candidate_dir():
    for variable in ('TMPDIR', 'TEMP', 'TMP'):
        value = _os.environ.get(variable)
        if value and _os.path.isdir(value):
            return _os.path.abspath(value)
    return '/tmp'


def gettempdir():
    """The directory temporary entries go in (tempfile.tempdir, chosen on first use)."""
    global tempdir
    if tempdir is None:
        tempdir = _candidate_dir()
    return tempdir.decode('utf-8', 'surrogateescape') if isinstance(tempdir, bytes) else tempdir


def gettempdirb():
    """gettempdir() encoded."""
    return gettempdir().encode('utf-8', 'surrogateescape')


def gettempprefix():
    """The prefix names get when none is given: 'tmp'."""
    return template


def gettempprefixb():
    """gettempprefix() encoded."""
    return template.encode()


def _parameters(suffix, prefix, dir):
    for value in (suffix, prefix, dir):
        if isinstance(value, bytes):
            raise NotImplementedError('bytes names for tempfile are not simulated in Loopline')
    return ('' if suffix is None else suffix, template if prefix is None else prefix,
            gettempdir() if dir is None else dir)


def _make(suffix, prefix, dir, make):
    suffix, prefix, dir = _parameters(suffix, prefix, dir)
    names = _name_sequence()
    for _ in range(TMP_MAX):
        path = _os.path.join(dir, prefix + next(names) + suffix)
        try:
            make(path)
        except FileExistsError:
            continue
        return path
    raise FileExistsError(17, "No usable temporary file name found")


def _create_file(path):
    # Readable and writable by its creator only, as mkstemp's.
    _os.close(_os.open(path, _os.O_RDWR | _os.O_CREAT | _os.O_EXCL, 0o600))


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    """Make a new temporary file, readable and writable only by its creator; returns (fd, name):
    the descriptor is open for reading and writing (os.write, os.fdopen...)."""
    fds = []

    def create(path):
        fds.append(_os.open(path, _os.O_RDWR | _os.O_CREAT | _os.O_EXCL, 0o600))

    path = _make(suffix, prefix, _os.path.abspath(dir) if dir is not None else None, create)
    return fds[0], _os.path.abspath(path)


def mkdtemp(suffix=None, prefix=None, dir=None):
    """Make a new temporary directory; returns its name (absolute from 3.12)."""
    path = _make(suffix, prefix, dir, lambda p: _os.mkdir(p, 0o700))
    return _os.path.abspath(path) if _sys.version_info >= (3, 12) else path


def mktemp(suffix="", prefix=template, dir=None):
    """A name no file has yet (deprecated: another program may take it before you do)."""
    if dir is None:
        dir = gettempdir()
    names = _name_sequence()
    for _ in range(TMP_MAX):
        path = _os.path.join(dir, prefix + next(names) + suffix)
        if not _os.path.exists(path):
            return path
    raise FileExistsError(17, "No usable temporary filename found")


class _TemporaryFileWrapper:
    """Temporary file wrapper: the open file, removed when it is closed (or, with
    delete_on_close=False, when its with block ends)."""

    def __init__(self, file, name, delete=True, delete_on_close=True):
        self.file = file
        self.name = name
        self._delete = delete
        self._delete_on_close = delete_on_close
        if _sys.version_info < (3, 12):
            self.delete = delete
        self._closed = False
        self._cleaned = False

    def __getattr__(self, name):
        return getattr(self.__dict__['file'], name)

    def _cleanup(self):
        if self._cleaned:
            return
        self._cleaned = True
        if not self._closed:
            self._closed = True
            self.file.close()
        if self._delete:
            try:
                _os.unlink(self.name)
            except FileNotFoundError:
                pass

    def close(self):
        if _sys.version_info < (3, 12):
            self._cleanup()
            return
        if not self._closed:
            self._closed = True
            self.file.close()
            if self._delete and self._delete_on_close:
                self._cleanup()

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc, value, tb):
        result = self.file.__exit__(exc, value, tb)
        if _sys.version_info < (3, 12):
            self.close()
        else:
            self._closed = True
            self._cleanup()
        return result

    def __iter__(self):
        for line in self.file:
            yield line


def NamedTemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None, prefix=None,
                       dir=None, delete=True, *, errors=None, **more):
    """Create and return a temporary file, with a name on the file system (.name)."""
    delete_on_close = True
    if _sys.version_info >= (3, 12):
        delete_on_close = more.pop('delete_on_close', True)
    if more:
        raise TypeError("NamedTemporaryFile() got an unexpected keyword argument '%s'" % next(iter(more)))
    path = _make(suffix, prefix, _os.path.abspath(dir) if dir is not None else None, _create_file)
    path = _os.path.abspath(path)
    try:
        file = open(path, mode, buffering, encoding=encoding, newline=newline, errors=errors)
    except BaseException:
        _os.unlink(path)
        raise
    return _TemporaryFileWrapper(file, path, delete, delete_on_close)


def TemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None, prefix=None, dir=None, *,
                  errors=None):
    """Create and return a temporary file with no name on the file system (Linux's O_TMPFILE):
    its .name is its descriptor, and it is gone when closed."""
    import _fs
    import _fileio
    _parameters(suffix, prefix, dir)
    directory = gettempdir() if dir is None else dir
    node = _fs.lookup(_fs.name(directory))
    if node is None:
        raise _fs.error(2, directory)
    if not _fs.is_dir(node):
        raise _fs.error(20, directory)
    fd = _fs.new_fd(_fs.description(_fs.unnamed_file(), True, True, False))
    try:
        return _fileio.open(fd, mode, buffering, encoding, errors, newline)
    except BaseException:
        _os.close(fd)
        raise


def _memory_file(mode, encoding, errors, newline):
    # What a SpooledTemporaryFile holds until it rolls over: CPython's BytesIO, or a text layer
    # over one (here over an unnamed in-memory file, with no descriptor).
    import io
    if 'b' in mode:
        return io.BytesIO()
    import _fs
    import _fileio
    buffer = _fileio.BufferedRandom(_fs.unnamed_file(), None, 'rb+', True, True, False)
    return _fileio.TextIOWrapper(buffer, encoding, errors, newline)


class SpooledTemporaryFile(_IOBase):
    """Temporary file wrapper: in memory until a write takes it past max_size (or fileno() or
    rollover() is called), then a TemporaryFile with the same contents and position."""
    _rolled = False

    def __init__(self, max_size=0, mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None,
                 prefix=None, dir=None, *, errors=None):
        self._file = _memory_file(mode, encoding, errors, newline)
        self._max_size = max_size
        self._rolled = False
        self._TemporaryFileArgs = {'mode': mode, 'buffering': buffering, 'suffix': suffix, 'prefix': prefix,
                                   'encoding': encoding, 'newline': newline, 'dir': dir, 'errors': errors}

    __class_getitem__ = classmethod(_GenericAlias)

    def _check(self, file):
        if self._rolled:
            return
        if self._max_size and file.tell() > self._max_size:
            self.rollover()

    def rollover(self):
        if self._rolled:
            return
        memory = self._file
        disk = TemporaryFile(**self._TemporaryFileArgs)
        self._file = disk
        del self._TemporaryFileArgs
        at = memory.tell()
        if hasattr(disk, 'buffer'):
            # text: copy the bytes under the text layer
            import _fs
            disk.buffer.write(_fs.read(memory.buffer._node, 0))
        else:
            disk.write(memory.getvalue())
        disk.seek(at, 0)
        self._rolled = True

    def __enter__(self):
        if not self._file.closed:
            return self
        raise ValueError("Cannot enter context with closed file")

    def __exit__(self, exc, value, tb):
        self._file.close()

    def __iter__(self):
        return self._file.__iter__()

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    # Attributes of the file held now (memory or, once rolled over, the TemporaryFile).
    closed = property(lambda self: self._file.closed)
    encoding = property(lambda self: self._file.encoding)
    errors = property(lambda self: self._file.errors)
    newlines = property(lambda self: self._file.newlines)

    @property
    def mode(self):
        if self._rolled:
            return self._file.mode
        return self._TemporaryFileArgs['mode']

    @property
    def name(self):
        return self._file.name if self._rolled else None

    def fileno(self):
        # a descriptor needs a real file: roll over first
        self.rollover()
        return self._file.fileno()

    def readinto(self, b):
        return self._file.readinto(b)

    def truncate(self, size=None):
        if size is None:
            return self._file.truncate()
        if size > self._max_size:
            self.rollover()
        return self._file.truncate(size)

    def readinto1(self, b):
        return self._file.readinto1(b)

    def write(self, s):
        held = self._file
        written = held.write(s)
        self._check(held)
        return written

    def writelines(self, iterable):
        if _sys.version_info < (3, 12):
            # 3.11 rolls over as soon as a line takes it past max_size.
            if self._max_size == 0 or self._rolled:
                return self._file.writelines(iterable)
            lines = iter(iterable)
            for line in lines:
                self.write(line)
                if self._rolled:
                    return self._file.writelines(lines)
            return None
        held = self._file
        result = held.writelines(iterable)
        self._check(held)
        return result


def _forwarding(name, with_args):
    # A SpooledTemporaryFile method handing the call on to the file it holds at the time.
    if with_args:
        def method(self, *args):
            return getattr(self._file, name)(*args)
    else:
        def method(self):
            return getattr(self._file, name)()
    method.__name__ = name
    method.__qualname__ = 'SpooledTemporaryFile.' + name
    return method


for _name in ('close', 'detach', 'flush', 'isatty', 'readable', 'seekable', 'tell', 'writable'):
    setattr(SpooledTemporaryFile, _name, _forwarding(_name, False))
for _name in ('read', 'read1', 'readline', 'readlines', 'seek'):
    setattr(SpooledTemporaryFile, _name, _forwarding(_name, True))
del _name


class TemporaryDirectory:
    """Create and return a temporary directory; as a context manager, its name, removed with
    everything in it at the end of the with block."""

    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False, **more):
        self._delete = True
        if _sys.version_info >= (3, 12):
            self._delete = more.pop('delete', True)
        if more:
            raise TypeError("TemporaryDirectory.__init__() got an unexpected keyword argument '%s'" % next(iter(more)))
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors

    def cleanup(self):
        if _os.path.exists(self.name):
            _remove_tree(self.name, self._ignore_cleanup_errors)

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        # delete=False (3.12) keeps the directory after the with block
        if self._delete:
            self.cleanup()

    def __repr__(self):
        return f"<{self.__class__.__name__} {self.name!r}>"

    __class_getitem__ = classmethod(_GenericAlias)


def _remove_tree(path, ignore_errors):
    try:
        for entry in _os.listdir(path):
            inner = _os.path.join(path, entry)
            if _os.path.isdir(inner):
                _remove_tree(inner, ignore_errors)
            else:
                _os.remove(inner)
        _os.rmdir(path)
    except OSError:
        if not ignore_errors:
            raise
