# `shutil` on the run's in-memory file system (_fs.py): copying files and trees, removing trees,
# moving, with CPython's errors and messages for each version. The simulated machine has no
# programs (which() finds nothing: no file there is executable), no terminal (get_terminal_size()
# gives $COLUMNS/$LINES or the fallback, as CPython does when its output is piped), one file
# system (move() always renames) and no permissions, owners or symbolic links. Archives
# (make_archive, unpack_archive and their registries), disk_usage and chown are not simulated.

import fnmatch
import os
import sys
import _fs

__all__ = ["copyfileobj", "copyfile", "copymode", "copystat", "copy", "copy2",
           "copytree", "move", "rmtree", "Error", "SpecialFileError",
           "make_archive", "get_archive_formats",
           "register_archive_format", "unregister_archive_format",
           "get_unpack_formats", "register_unpack_format",
           "unregister_unpack_format", "unpack_archive",
           "ignore_patterns", "chown", "which", "get_terminal_size",
           "SameFileError"]
if sys.version_info < (3, 14):
    __all__.insert(12, "ExecError")

# How much copyfileobj reads at a time (3.14 reads more).
COPY_BUFSIZE = 256 * 1024 if sys.version_info >= (3, 14) else 64 * 1024


class Error(OSError):
    pass


class SameFileError(Error):
    """Raised when source and destination are the same file."""


class SpecialFileError(OSError):
    """Raised when trying to do a kind of operation (e.g. copying) which is
    not supported on a special file (e.g. a named pipe)"""


if sys.version_info < (3, 14):
    class ExecError(OSError):
        """Raised when a command could not be executed"""
else:
    def __getattr__(name):
        # 3.14 keeps ExecError reachable, deprecated, as RuntimeError.
        if name == "ExecError":
            import warnings
            warnings.warn("'shutil.ExecError' is deprecated and slated for removal in Python 3.16; "
                          "it isn't raised by any shutil function.", DeprecationWarning, stacklevel=2)
            return RuntimeError
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class ReadError(OSError):
    """Raised when an archive cannot be read"""


class RegistryError(Exception):
    """Raised when a registry operation with the archiving
    and unpacking registries fails"""


def copyfileobj(fsrc, fdst, length=0):
    """copy data from file-like object fsrc to file-like object fdst"""
    if not length:
        length = COPY_BUFSIZE
    read = fsrc.read
    write = fdst.write
    while True:
        buf = read(length)
        if not buf:
            break
        write(buf)


def _node(path):
    try:
        return _fs.lookup(_fs.name(path))
    except (OSError, TypeError):
        return None


def _samefile(src, dst):
    a = _node(src)
    return a is not None and a is _node(dst)


def copyfile(src, dst, *, follow_symlinks=True):
    """Copy data from src to dst in the most efficient way possible."""
    if _samefile(src, dst):
        raise SameFileError("{!r} and {!r} are the same file".format(src, dst))
    with open(src, 'rb') as fsrc:
        try:
            with open(dst, 'wb') as fdst:
                copyfileobj(fsrc, fdst)
        except IsADirectoryError as e:
            if not os.path.exists(dst):
                raise FileNotFoundError(f'Directory does not exist: {dst}') from e
            raise
    return dst


def copymode(src, dst, *, follow_symlinks=True):
    """Copy mode bits from src to dst."""
    os.chmod(dst, os.stat(src).st_mode & 0o7777)


def copystat(src, dst, *, follow_symlinks=True):
    """Copy the permission bits and the last-change time from src to dst (the rest of the metadata
    is the same for all)."""
    node = _fs.find(_fs.name(src))
    target = _fs.find(_fs.name(dst))
    target.mtime = node.mtime
    target.mode = node.mode


def copy(src, dst, *, follow_symlinks=True):
    """Copy data and mode bits ("cp src dst"). Return the file's destination."""
    if os.path.isdir(dst):
        dst = os.path.join(dst, os.path.basename(src))
    copyfile(src, dst, follow_symlinks=follow_symlinks)
    copymode(src, dst, follow_symlinks=follow_symlinks)
    return dst


def copy2(src, dst, *, follow_symlinks=True):
    """Copy data and metadata. Return the file's destination."""
    if os.path.isdir(dst):
        dst = os.path.join(dst, os.path.basename(src))
    copyfile(src, dst, follow_symlinks=follow_symlinks)
    copystat(src, dst, follow_symlinks=follow_symlinks)
    return dst


def ignore_patterns(*patterns):
    """Function that can be used as copytree() ignore parameter."""
    def _ignore_patterns(path, names):
        ignored = []
        for pattern in patterns:
            ignored.extend(fnmatch.filter(names, pattern))
        return set(ignored)
    return _ignore_patterns


def copytree(src, dst, symlinks=False, ignore=None, copy_function=copy2,
             ignore_dangling_symlinks=False, dirs_exist_ok=False):
    """Recursively copy a directory tree and return the destination directory."""
    with os.scandir(src) as it:
        entries = list(it)
    if ignore is not None:
        ignored = ignore(os.fspath(src), [e.name for e in entries])
    else:
        ignored = ()
    os.makedirs(dst, exist_ok=dirs_exist_ok)
    errors = []
    for entry in entries:
        if entry.name in ignored:
            continue
        srcname = os.path.join(src, entry.name)
        dstname = os.path.join(dst, entry.name)
        try:
            if entry.is_dir():
                copytree(srcname, dstname, symlinks, ignore, copy_function,
                         ignore_dangling_symlinks, dirs_exist_ok)
            else:
                copy_function(srcname, dstname)
        except Error as err:
            errors.extend(err.args[0])
        except OSError as why:
            errors.append((srcname, dstname, str(why)))
    copystat(src, dst)
    if errors:
        raise Error(errors)
    return dst


def _remove_tree(path, onexc):
    # CPython's descriptor-based walk (Linux), whose errors name the function that failed: lstat
    # when the path is missing, scandir and then rmdir when it is not a directory. Inside the tree
    # nothing can fail on the in-memory file system (no permissions, no other process).
    try:
        os.lstat(path)
    except OSError as err:
        onexc(os.lstat, path, err)
        return
    try:
        names = os.listdir(path)
    except OSError as err:
        err.filename = path
        onexc(os.scandir, path, err)
    else:
        for name in names:
            full = os.path.join(path, name)
            if os.path.isdir(full):
                _remove_tree(full, onexc)
            else:
                os.unlink(full)
    try:
        os.rmdir(path)
    except OSError as err:
        err.filename = path
        onexc(os.rmdir, path, err)


def _rmtree(path, ignore_errors, onerror, onexc):
    if isinstance(path, bytes):
        path = os.fsdecode(path)
    if ignore_errors:
        def onexc(*args):
            pass
    elif onexc is None:
        if onerror is None:
            def onexc(*args):
                raise args[2]
        else:
            def onexc(func, path, exc):
                return onerror(func, path, (type(exc), exc, exc.__traceback__))
    _remove_tree(path, onexc)


if sys.version_info >= (3, 12):
    def rmtree(path, ignore_errors=False, onerror=None, *, onexc=None, dir_fd=None):
        """Recursively delete a directory tree."""
        if dir_fd is not None:
            raise NotImplementedError('shutil.rmtree(dir_fd=...) is not simulated in Loopline')
        _rmtree(path, ignore_errors, onerror, onexc)
else:
    def rmtree(path, ignore_errors=False, onerror=None, *, dir_fd=None):
        """Recursively delete a directory tree."""
        if dir_fd is not None:
            raise NotImplementedError('shutil.rmtree(dir_fd=...) is not simulated in Loopline')
        _rmtree(path, ignore_errors, onerror, None)

rmtree.avoids_symlink_attacks = True


def _basename(path):
    path = os.fspath(path)
    return os.path.basename(path.rstrip(os.path.sep))


def _destinsrc(src, dst):
    src = os.path.abspath(src)
    dst = os.path.abspath(dst)
    if not src.endswith(os.path.sep):
        src += os.path.sep
    if not dst.endswith(os.path.sep):
        dst += os.path.sep
    return dst.startswith(src)


def move(src, dst, copy_function=copy2):
    """Recursively move a file or directory to another location ("mv")."""
    real_dst = dst
    if os.path.isdir(dst):
        if _samefile(src, dst):
            os.rename(src, dst)
            return
        real_dst = os.path.join(dst, _basename(src))
        if os.path.exists(real_dst):
            raise Error("Destination path '%s' already exists" % real_dst)
    try:
        # The kernel refuses to move a directory into itself (EINVAL).
        if os.path.isdir(src) and _destinsrc(src, dst):
            raise OSError(22, 'Invalid argument')
        os.rename(src, real_dst)
    except OSError:
        # CPython then copies what it could not rename (on one file system, a rename fails for
        # a reason the copy meets too, and the copy's error is the one seen).
        if os.path.isdir(src):
            if _destinsrc(src, dst):
                raise Error("Cannot move a directory '%s' into itself '%s'." % (src, dst))
            copytree(src, real_dst, copy_function=copy_function, symlinks=True)
            rmtree(src)
        else:
            copy_function(src, real_dst)
            os.unlink(src)
    return real_dst


def _access_check(fn, mode):
    # Every simulated file is readable and writable by its owner and executable by no one.
    return os.path.exists(fn) and not os.path.isdir(fn) and not mode & os.X_OK


def which(cmd, mode=os.F_OK | os.X_OK, path=None):
    """The path on PATH (or `path`) of a file named cmd that allows `mode`, or None: with the
    default mode always None, as no simulated file is executable."""
    if sys.version_info < (3, 12) and os.path.dirname(cmd):
        return cmd if _access_check(cmd, mode) else None
    use_bytes = isinstance(cmd, bytes)
    dirname, cmd = os.path.split(cmd)
    if dirname:
        path = [dirname]
    else:
        if path is None:
            path = os.environ.get('PATH', None)
            if path is None:
                path = os.defpath
        if not path:
            return None
        if use_bytes:
            path = os.fsencode(path).split(os.fsencode(os.pathsep))
        else:
            path = os.fsdecode(path).split(os.pathsep)
    seen = set()
    for dir in path:
        if dir not in seen:
            seen.add(dir)
            name = os.path.join(dir, cmd)
            if _access_check(name, mode):
                return name
    return None


def get_terminal_size(fallback=(80, 24)):
    """The terminal's size from $COLUMNS and $LINES, else the fallback (the simulated program's
    output is not a terminal)."""
    try:
        columns = int(os.environ['COLUMNS'])
    except (KeyError, ValueError):
        columns = 0
    try:
        lines = int(os.environ['LINES'])
    except (KeyError, ValueError):
        lines = 0
    if columns <= 0 or lines <= 0:
        # os.get_terminal_size fails: the output is not a terminal.
        size = os.terminal_size(fallback)
        if columns <= 0:
            columns = size.columns or fallback[0]
        if lines <= 0:
            lines = size.lines or fallback[1]
    return os.terminal_size((columns, lines))
