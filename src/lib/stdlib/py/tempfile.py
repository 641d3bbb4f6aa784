# `tempfile` on the run's in-memory file system (_fs.py): the temporary directory is /tmp (or
# tempfile.tempdir, or $TMPDIR/$TEMP/$TMP when that directory exists), and mkdtemp, mkstemp,
# mktemp, NamedTemporaryFile and TemporaryDirectory make their entries there as CPython's do.
# The names differ: CPython draws the 8 characters after the prefix at random on every run;
# Loopline draws them from a generator seeded the same way in every run, so a program sees the
# same names each time (tmpXXXXXXXX, the same alphabet and length). mkstemp's descriptor is
# os.open's (os.read/os.write/os.fdopen/os.close take it); TemporaryFile and SpooledTemporaryFile
# are not simulated.

import os as _os
import sys as _sys
from types import GenericAlias as _GenericAlias

__all__ = ["NamedTemporaryFile", "mkstemp", "mkdtemp", "mktemp", "TMP_MAX", "gettempprefix", "tempdir",
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
    """Returns tempfile.tempdir as str."""
    global tempdir
    if tempdir is None:
        tempdir = _candidate_dir()
    return tempdir.decode('utf-8', 'surrogateescape') if isinstance(tempdir, bytes) else tempdir


def gettempdirb():
    """Returns tempfile.tempdir as bytes."""
    return gettempdir().encode('utf-8', 'surrogateescape')


def gettempprefix():
    """The default prefix for temporary directories as string."""
    return template


def gettempprefixb():
    """The default prefix for temporary directories as bytes."""
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
    with open(path, 'xb'):
        pass


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
    path = _make(suffix, prefix, dir, _os.mkdir)
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

    def __repr__(self):
        return "<{} {!r}>".format(self.__class__.__name__, self.name)

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        if self._delete:
            self.cleanup()

    def cleanup(self):
        if _os.path.exists(self.name):
            _remove_tree(self.name, self._ignore_cleanup_errors)

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
