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
    """copyfile's source and destination are one file."""


class SpecialFileError(OSError):
    """The file is of a kind the operation cannot handle (a named pipe, say)."""


if sys.version_info < (3, 14):
    class ExecError(OSError):
        """A command could not be run (no shutil function raises it)."""
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
    """An archive could not be read."""


class RegistryError(Exception):
    """Registering or unregistering an archive format failed."""


def copyfileobj(fsrc, fdst, length=0):
    """Copy what fsrc.read() gives to fdst.write(), length at a time, until it gives nothing."""
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
    """Write the bytes of the file src into the file dst (made or emptied first); returns dst."""
    if _samefile(src, dst):
        raise SameFileError(f"{src!r} and {dst!r} are the same file")
    with open(src, 'rb') as source:
        try:
            with open(dst, 'wb') as target:
                copyfileobj(source, target)
        except IsADirectoryError as e:
            # dst names a directory, or lies in one that does not exist
            if os.path.exists(dst):
                raise
            raise FileNotFoundError(f'Directory does not exist: {dst}') from e
    return dst


def copymode(src, dst, *, follow_symlinks=True):
    """Give dst the permission bits of src."""
    os.chmod(dst, os.stat(src).st_mode & 0o7777)


def copystat(src, dst, *, follow_symlinks=True):
    """Copy the permission bits and the last-change time from src to dst (the rest of the metadata
    is the same for all)."""
    node = _fs.find(_fs.name(src))
    target = _fs.find(_fs.name(dst))
    target.mtime = node.mtime
    target.mode = node.mode


def _file_target(src, dst):
    # A directory as the destination means a file of src's name in it.
    if os.path.isdir(dst):
        return os.path.join(dst, os.path.basename(src))
    return dst


def copy(src, dst, *, follow_symlinks=True):
    """Copy the contents and the permission bits (cp src dst); returns where the copy is."""
    target = _file_target(src, dst)
    copyfile(src, target, follow_symlinks=follow_symlinks)
    copymode(src, target, follow_symlinks=follow_symlinks)
    return target


def copy2(src, dst, *, follow_symlinks=True):
    """Copy the contents, permission bits and modification time; returns where the copy is."""
    target = _file_target(src, dst)
    copyfile(src, target, follow_symlinks=follow_symlinks)
    copystat(src, target, follow_symlinks=follow_symlinks)
    return target


def ignore_patterns(*patterns):
    """For copytree's ignore=: a callable giving the names that match any of the glob patterns."""
    def _ignore_patterns(path, names):
        return {name for pattern in patterns for name in fnmatch.filter(names, pattern)}
    return _ignore_patterns


def copytree(src, dst, symlinks=False, ignore=None, copy_function=copy2,
             ignore_dangling_symlinks=False, dirs_exist_ok=False):
    """Copy the directory src and everything under it to dst; returns dst. Failures are collected
    and raised together as one Error at the end."""
    with os.scandir(src) as it:
        entries = list(it)
    if ignore is not None:
        ignored = ignore(os.fspath(src), [e.name for e in entries])
    else:
        ignored = ()
    os.makedirs(dst, exist_ok=dirs_exist_ok)
    problems = []
    for entry in entries:
        if entry.name in ignored:
            continue
        here = os.path.join(src, entry.name)
        there = os.path.join(dst, entry.name)
        try:
            if not entry.is_dir():
                copy_function(here, there)
            else:
                copytree(here, there, symlinks, ignore, copy_function, ignore_dangling_symlinks, dirs_exist_ok)
        except Error as inner:
            # a subtree's own list of failures joins ours
            problems += inner.args[0]
        except OSError as failure:
            problems.append((here, there, str(failure)))
    copystat(src, dst)
    if problems:
        raise Error(problems)
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
        """Delete path and everything under it."""
        if dir_fd is not None:
            raise NotImplementedError('shutil.rmtree(dir_fd=...) is not simulated in Loopline')
        _rmtree(path, ignore_errors, onerror, onexc)
else:
    def rmtree(path, ignore_errors=False, onerror=None, *, dir_fd=None):
        """Delete path and everything under it."""
        if dir_fd is not None:
            raise NotImplementedError('shutil.rmtree(dir_fd=...) is not simulated in Loopline')
        _rmtree(path, ignore_errors, onerror, None)

rmtree.avoids_symlink_attacks = True


def _basename(path):
    path = os.fspath(path)
    return os.path.basename(path.rstrip(os.path.sep))


def _as_dir(path):
    # absolute, with one separator at the end
    full = os.path.abspath(path)
    return full if full.endswith(os.path.sep) else full + os.path.sep


def _destinsrc(src, dst):
    # Is dst src itself or somewhere under it?
    top = _as_dir(src)
    return _as_dir(dst).startswith(top)


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
    as_bytes = isinstance(cmd, bytes)
    folder, cmd = os.path.split(cmd)
    if folder:
        # a name with a directory part is looked for there only
        dirs = [folder]
    else:
        if path is None:
            path = os.environ.get('PATH')
        if path is None:
            path = os.defpath
        if not path:
            return None
        if as_bytes:
            dirs = os.fsencode(path).split(os.fsencode(os.pathsep))
        else:
            dirs = os.fsdecode(path).split(os.pathsep)
    tried = set()
    for d in dirs:
        if d in tried:
            continue
        tried.add(d)
        candidate = os.path.join(d, cmd)
        if _access_check(candidate, mode):
            return candidate
    return None


def get_terminal_size(fallback=(80, 24)):
    """The terminal's size from $COLUMNS and $LINES, else the fallback (the simulated program's
    output is not a terminal)."""
    columns, lines = _env_int('COLUMNS'), _env_int('LINES')
    if columns > 0 and lines > 0:
        return os.terminal_size((columns, lines))
    # Asking the terminal fails (the output is not one): the fallback fills what is missing.
    size = os.terminal_size(fallback)
    if columns <= 0:
        columns = size.columns or fallback[0]
    if lines <= 0:
        lines = size.lines or fallback[1]
    return os.terminal_size((columns, lines))


def _env_int(name):
    # An environment variable as an int; 0 when unset or not a number.
    try:
        return int(os.environ[name])
    except (KeyError, ValueError):
        return 0
