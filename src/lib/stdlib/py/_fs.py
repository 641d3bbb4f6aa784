# The simulated machine's file system: a tree of directories and files held in memory, made fresh
# for every run (this module is built the first time a run imports it) and gone when the run ends.
# Nothing reaches the real disk, in the CLI or in the browser. It starts with the directories
# /, /home, /home/loopline (the working directory) and /tmp, all empty; files a program writes
# stay until it deletes them. Directories list their entries in creation order (a real file
# system's order is its own). File operations take no virtual time, like all CPU work.
# os, os.path, io (open) and pathlib ask this module; errors are CPython's OSError subclasses
# with errno, strerror and filename. Each node has its permission bits (chmod), made from the
# creator's mode and the process's umask (0o022 at the start); the program runs as root, as the
# recorder's python3 does, so the read and write bits restrict nothing (os.access, open).

import posixpath
import sys as _sys
import time
import _source
import _stdlib_native

_S_IFDIR = 0o040000
_S_IFREG = 0o100000
_S_IFSOCK = 0o140000


# The process's file mode creation mask (os.umask).
umask = 0o022


class _Dir:
    __slots__ = ('entries', 'mtime', 'mode')

    def __init__(self, mode=0o755):
        self.entries = {}
        self.mtime = time.time()
        self.mode = mode


class _File:
    # data is a bytearray; latin is the same bytes as a str (one character a byte), made when a
    # read needs to find a line end and dropped at every change.
    __slots__ = ('data', 'mtime', 'latin', 'mode')

    def __init__(self, mode=0o644):
        self.data = bytearray()
        self.mtime = time.time()
        self.latin = None
        self.mode = mode


class _SocketFile:
    # The file a Unix socket's bind() makes; `listener` is the socket bound to it (asyncio's
    # unix.py), None once that socket is closed (the file stays until it is removed).
    __slots__ = ('mtime', 'listener', 'mode')

    def __init__(self, listener):
        self.mtime = time.time()
        self.listener = listener
        self.mode = 0o777 & ~umask


def _tree():
    root = _Dir()
    home = root.entries['home'] = _Dir()
    home.entries['loopline'] = _Dir()
    # (/tmp is writable by everyone, with the sticky bit.)
    root.entries['tmp'] = _Dir(0o1777)
    return root


_root = _tree()
# The working directory the program started in: this module is made before anything can change it.
_START_CWD = posixpath._CWD

_MESSAGES = {
    2: (FileNotFoundError, 'No such file or directory'),
    6: (OSError, 'No such device or address'),
    17: (FileExistsError, 'File exists'),
    20: (NotADirectoryError, 'Not a directory'),
    21: (IsADirectoryError, 'Is a directory'),
    39: (OSError, 'Directory not empty'),
}


def error(errno, filename, filename2=None):
    if errno == 2 and isinstance(filename, str):
        _refuse_program_file(filename)
    cls, message = _MESSAGES[errno]
    if filename2 is None:
        return cls(errno, message, filename)
    return cls(errno, message, filename, None, filename2)


def name(path, func=None, arg='path'):
    # The path as a str (a bytes path is read as UTF-8), as os.fspath gives it. Given `func` (a
    # socket's address may hold a NUL: abstract names), a NUL in it is refused as CPython's converters
    # do: open()'s "embedded null byte" (func ''), an os function's naming itself and the argument
    # (for a str path only from 3.13: before, the str's encoding refused it).
    if isinstance(path, (str, bytes)):
        p = path
    elif hasattr(type(path), '__fspath__'):
        p = path.__fspath__()
    else:
        raise TypeError(f'expected str, bytes or os.PathLike object, not {type(path).__name__}')
    if func is not None and ('\0' in p if isinstance(p, str) else b'\0' in p):
        if not func or (isinstance(p, str) and _sys.version_info < (3, 13)):
            raise ValueError('embedded null byte')
        raise ValueError(f'{func}: embedded null character in {arg}')
    if isinstance(p, bytes):
        p = p.decode()
    if not p:
        raise FileNotFoundError(2, 'No such file or directory', '')
    return p


def _walk(path, upto_parent):
    # The directories walked to reach `path` (a stack, root first) and the last component, or the
    # errno that stops the walk. '..' goes up the stack, as the kernel resolves it.
    full = path if path.startswith('/') else posixpath._CWD + '/' + path
    parts = full.split('/')
    last = parts.pop() if upto_parent else None
    stack = [_root]
    for p in parts:
        if p == '' or p == '.':
            continue
        if p == '..':
            if len(stack) > 1:
                stack.pop()
            continue
        node = stack[-1].entries.get(p)
        if node is None:
            return None, None, 2
        if not isinstance(node, _Dir):
            return None, None, 20
        stack.append(node)
    return stack, last, 0


def _refuse_program_file(path):
    # The program's own file is not in this file system (it starts empty), where CPython would find
    # it: reading or statting it by its path is refused rather than answered "no such file" (a
    # program may still create a file of that name).
    own = _source.file
    if not own:
        return
    full = path if path.startswith('/') else posixpath._CWD + '/' + path
    # (A relative name of the program is from the working directory it started in.)
    own = own if own.startswith('/') else _START_CWD + '/' + own
    if posixpath.normpath(full) == posixpath.normpath(own):
        _stdlib_native.not_simulated("reading the program's own file (it is not in the simulated file system)")


def lookup(path):
    # The node at `path` (a str), or None if there is none; a file used as a directory raises
    # NotADirectoryError, as the kernel does.
    stack, last, errno = _walk(path, True)
    if errno == 2:
        return None
    if errno:
        raise error(errno, path)
    if last in ('', '.'):
        return stack[-1]
    if last == '..':
        return stack[-2] if len(stack) > 1 else stack[-1]
    node = stack[-1].entries.get(last)
    if isinstance(node, _File) and path.endswith('/'):
        raise error(20, path)
    return node


def lookup_quiet(path):
    # lookup(), with None where the path cannot be walked.
    try:
        return lookup(path)
    except OSError:
        return None


def find(path):
    node = lookup(path)
    if node is None:
        raise error(2, path)
    return node


def parent(path):
    # The directory that holds (or would hold) `path`, and the entry's name in it.
    stack, last, errno = _walk(path.rstrip('/') or '/', True)
    if errno:
        raise error(errno, path)
    if last in ('', '.', '..'):
        raise error(17, path)
    return stack[-1], last


def open_file(path, create, exclusive, truncate, mode=0o666):
    # The file node `open()` works on, created (with `mode` less the umask) or emptied as its mode asks.
    node = lookup(path)
    if node is None:
        if not create:
            raise error(2, path)
        directory, entry = parent(path)
        if path.endswith('/'):
            raise error(21, path)
        node = directory.entries[entry] = _File(mode & 0o7777 & ~umask)
        directory.mtime = time.time()
        return node
    if exclusive:
        raise error(17, path)
    if isinstance(node, _Dir):
        raise error(21, path)
    if isinstance(node, _SocketFile):
        raise error(6, path)
    if truncate:
        resize(node, 0)
    return node


def write_at(node, pos, b):
    # Writes bytes at pos (past the end, the gap is NUL bytes, as a sparse file reads).
    data = node.data
    if pos > len(data):
        data.extend(bytearray(pos - len(data)))
    if pos == len(data):
        data.extend(b)
    else:
        data[pos:pos + len(b)] = b
    node.mtime = time.time()
    node.latin = None
    return pos + len(b)


def resize(node, size):
    data = node.data
    if size < len(data):
        del data[size:]
    else:
        data.extend(bytearray(size - len(data)))
    node.mtime = time.time()
    node.latin = None


def _latin(node):
    if node.latin is None:
        node.latin = node.data.decode('latin-1')
    return node.latin


def find_byte(node, char, start):
    # Where the byte `char` (a one-character str) next occurs from start, or -1.
    return _latin(node).find(char, start)


def read(node, start, end=None):
    # The bytes from start to end (through the str copy: slicing it is cheaper).
    return _latin(node)[start:end].encode('latin-1')


def is_dir(node):
    return isinstance(node, _Dir)


def is_file(node):
    return isinstance(node, _File)


def bind_socket(path, listener):
    # The socket file a Unix socket's bind() makes at `path`; its errors carry no file name.
    try:
        if lookup(path) is not None:
            raise OSError(98, 'Address already in use')
        directory, entry = parent(path)
    except OSError as e:
        raise error(e.errno, None) if e.errno in _MESSAGES else e from None
    node = directory.entries[entry] = _SocketFile(listener)
    directory.mtime = time.time()
    return node


def socket_file(path):
    # The socket file a Unix socket's connect() reaches, or None when `path` is another kind of file.
    try:
        node = lookup(path)
    except OSError as e:
        raise error(e.errno, None) from None
    if node is None:
        raise error(2, None)
    return node if isinstance(node, _SocketFile) else None


def entries(path):
    node = find(path)
    if not isinstance(node, _Dir):
        raise error(20, path)
    return node.entries


def mkdir(path, mode=0o777):
    if lookup(path) is not None:
        raise error(17, path)
    directory, entry = parent(path)
    directory.entries[entry] = _Dir(mode & 0o7777 & ~umask)
    directory.mtime = time.time()


def rmdir(path):
    directory, entry = parent(path)
    node = directory.entries.get(entry)
    if node is None:
        raise error(2, path)
    if not isinstance(node, _Dir):
        raise error(20, path)
    if node.entries:
        raise error(39, path)
    del directory.entries[entry]


def remove(path):
    directory, entry = parent(path)
    node = directory.entries.get(entry)
    if node is None:
        raise error(2, path)
    if isinstance(node, _Dir):
        raise error(21, path)
    del directory.entries[entry]
    directory.mtime = time.time()


def _parent_of(path, src, dst):
    # parent(path), its error naming both paths of a rename.
    try:
        return parent(path)
    except OSError as e:
        raise error(e.errno, src, dst) from None


def rename(src, dst):
    src_dir, src_entry = _parent_of(src, src, dst)
    node = src_dir.entries.get(src_entry)
    if node is None:
        raise error(2, src, dst)
    dst_dir, dst_entry = _parent_of(dst, src, dst)
    target = dst_dir.entries.get(dst_entry)
    if target is node:
        return
    if target is not None:
        if isinstance(target, _Dir) and not isinstance(node, _Dir):
            raise error(21, src, dst)
        if isinstance(node, _Dir) and not isinstance(target, _Dir):
            raise error(20, src, dst)
        if isinstance(target, _Dir) and target.entries:
            raise error(39, src, dst)
    del src_dir.entries[src_entry]
    dst_dir.entries[dst_entry] = node


def mode_size_mtime(node):
    if isinstance(node, _Dir):
        return _S_IFDIR | node.mode, 4096, node.mtime
    if isinstance(node, _SocketFile):
        return _S_IFSOCK | node.mode, 0, node.mtime
    return _S_IFREG | node.mode, len(node.data), node.mtime


# File descriptors: the numbers a process's open files go by, handed out as the kernel does, the
# lowest free one from 3 (0-2 are the standard streams). Each maps to its open description: what
# os.open made (_Description) or the binary file object of open() (_fileio), both with the node,
# the shared position and what the descriptor allows. A file the program drops unclosed keeps its
# number here, where CPython's reference count closes it and frees the number: following that
# would need the run's object-lifetime model (a __del__ or a weak reference here), which makes
# every later statement of a run that opened a file slower (measured: 6,000 opens 2.0 -> 3.8 s,
# an object-heavy loop after one open 1.3 -> 1.7 s). An event loop holds three from when it is
# first seen running until it is closed (CPython's takes its epoll descriptor and self-pipe pair
# when it is made: the same numbers unless a descriptor was closed in between), and the
# program's sockets (_loopback.py) hold theirs.
_fds = {}
socket_fds = set()  # the descriptors of the program's sockets (_loopback.py's network holds them)
_loops = {}  # id(loop) -> (loop, its three descriptors)


class _Description:
    __slots__ = ('_node', '_pos', '_readable', '_writable', '_append')

    def __init__(self, node, readable, writable, append):
        self._node = node
        self._pos = 0
        self._readable = readable
        self._writable = writable
        self._append = append


def description(node, readable, writable, append):
    return _Description(node, readable, writable, append)


def _lowest(taken):
    fd = 3
    while fd in _fds or fd in taken:
        fd += 1
    return fd


def open_description(fd):
    # What descriptor fd is open on (None if it is not open).
    return _fds.get(fd)


def hand_over(fd, file):
    # fd now goes by the file object (open(): a new descriptor, or open(fd) taking one over).
    _fds[fd] = file


def _taken():
    import sys
    taken = set(socket_fds)
    asyncio = sys.modules.get('asyncio')
    if asyncio is None:
        return taken
    for key, (loop, fds) in list(_loops.items()):
        if loop.is_closed():
            del _loops[key]
        else:
            taken |= fds
    loop = asyncio._get_running_loop()
    if loop is not None and id(loop) not in _loops:
        fds = set()
        for _ in range(3):
            fds.add(_lowest(taken | fds))
        _loops[id(loop)] = (loop, fds)
        taken |= fds
    return taken


def free_fd():
    # The number the next descriptor gets (a socket's: _loopback.py keeps the ones it holds).
    return _lowest(_taken())


def new_fd(desc):
    fd = free_fd()
    _fds[fd] = desc
    return fd


def bad_fd():
    return OSError(9, 'Bad file descriptor')


def fd_description(fd, what='open()'):
    if isinstance(fd, int) and 0 <= fd <= 2:
        raise NotImplementedError(f'{what} on descriptor {fd} (a standard stream) is not simulated in Loopline')
    desc = open_description(fd) if isinstance(fd, int) else None
    if desc is None:
        raise bad_fd()
    return desc


def close_fd(fd):
    fd_description(fd, 'os.close')
    del _fds[fd]


def unnamed_file():
    # A file in no directory (tempfile.TemporaryFile's, as Linux's O_TMPFILE makes it).
    return _File()
