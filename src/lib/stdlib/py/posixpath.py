# `os.path` (posixpath): path strings on the simulated machine, and exists(), isfile(), isdir(),
# getsize() asked of its in-memory file system (_fs). There are no links.

sep = '/'
curdir = '.'
pardir = '..'
extsep = '.'
altsep = None
pathsep = ':'
defpath = '/bin:/usr/bin'
devnull = '/dev/null'
supports_unicode_filenames = False

_HOME = '/home/loopline'
_CWD = '/home/loopline'


def _fspath(p):
    # os.fspath() of a path argument: a str, or what an os.PathLike (pathlib.Path) stands for.
    if not isinstance(p, str) and hasattr(type(p), '__fspath__'):
        p = p.__fspath__()
    if not isinstance(p, str):
        raise TypeError(f'expected str, bytes or os.PathLike object, not {type(p).__name__}')
    return p


def isabs(s):
    s = _fspath(s)
    return s.startswith('/')


def join(a, *p):
    a = _fspath(a)
    path = a
    for b in p:
        if not isinstance(b, str) and hasattr(type(b), '__fspath__'):
            b = b.__fspath__()
        if not isinstance(b, str):
            raise TypeError(f'join() argument must be str, bytes, or os.PathLike object, not {type(b).__name__!r}')
        if b.startswith('/'):
            path = b
        elif not path or path.endswith('/'):
            path += b
        else:
            path += '/' + b
    return path


def split(p):
    p = _fspath(p)
    i = p.rfind('/') + 1
    head, tail = p[:i], p[i:]
    if head and head != '/' * len(head):
        head = head.rstrip('/')
    return head, tail


def splitext(p):
    p = _fspath(p)
    sep_index = p.rfind('/')
    dot_index = p.rfind('.')
    if dot_index > sep_index:
        filename_index = sep_index + 1
        while filename_index < dot_index:
            if p[filename_index] != '.':
                return p[:dot_index], p[dot_index:]
            filename_index += 1
    return p, p[:0]


def basename(p):
    p = _fspath(p)
    return p[p.rfind('/') + 1:]


def dirname(p):
    p = _fspath(p)
    i = p.rfind('/') + 1
    head = p[:i]
    if head and head != '/' * len(head):
        head = head.rstrip('/')
    return head


def splitroot(p):
    p = _fspath(p)
    if p[:1] != '/':
        return '', '', p
    elif p[1:2] != '/' or p[2:3] == '/':
        return '', '/', p[1:]
    return '', p[:2], p[2:]


def normpath(path):
    path = _fspath(path)
    if not path:
        return '.'
    _, initial_slashes, path = splitroot(path)
    comps = path.split('/')
    new_comps = []
    for comp in comps:
        if comp in ('', '.'):
            continue
        if (comp != '..' or (not initial_slashes and not new_comps) or (new_comps and new_comps[-1] == '..')):
            new_comps.append(comp)
        elif new_comps:
            new_comps.pop()
    comps = new_comps
    path = initial_slashes + '/'.join(comps)
    return path or '.'


def abspath(path):
    path = _fspath(path)
    if not isabs(path):
        path = join(_CWD, path)
    return normpath(path)


def expanduser(path):
    path = _fspath(path)
    if not path.startswith('~'):
        return path
    i = path.find('/', 1)
    if i < 0:
        i = len(path)
    if i != 1:
        return path
    return (_HOME.rstrip('/') or '/') + path[i:]


def relpath(path, start=None):
    path = _fspath(path)
    if not path:
        raise ValueError('no path specified')
    start = curdir if start is None else _fspath(start)
    start_list = [x for x in abspath(start).split('/') if x]
    path_list = [x for x in abspath(path).split('/') if x]
    i = 0
    for a, b in zip(start_list, path_list):
        if a != b:
            break
        i += 1
    rel_list = [pardir] * (len(start_list) - i) + path_list[i:]
    if not rel_list:
        return curdir
    return join(*rel_list)


def commonprefix(m):
    if not m:
        return ''
    if not isinstance(m[0], (list, tuple)):
        m = tuple(map(_fspath, m))
    s1 = min(m)
    s2 = max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1


def normcase(s):
    # POSIX paths are case-sensitive: the path comes back as it is.
    if isinstance(s, bytes):
        return s
    return _fspath(s)


def splitdrive(p):
    p = _fspath(p)
    return '', p


def commonpath(paths):
    paths = tuple(map(_fspath, paths))
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    absolute = {p.startswith('/') for p in paths}
    if len(absolute) > 1:
        raise ValueError("Can't mix absolute and relative paths")
    parts = [[c for c in p.split('/') if c not in ('', '.')] for p in paths]
    first, last = min(parts), max(parts)
    n = 0
    while n < len(first) and first[n] == last[n]:
        n += 1
    return ('/' if absolute.pop() else '') + '/'.join(first[:n])


def _node(path):
    import _fs
    try:
        return _fs.lookup(_fs.name(path))
    except (OSError, ValueError):
        return None


def exists(path):
    return _node(path) is not None


def lexists(path):
    return exists(path)


def isfile(path):
    import _fs
    node = _node(path)
    return node is not None and _fs.is_file(node)


def isdir(path):
    import _fs
    node = _node(path)
    return node is not None and _fs.is_dir(node)


def getsize(filename):
    import os
    return os.stat(filename).st_size


def getmtime(filename):
    import os
    return os.stat(filename).st_mtime


def islink(path):
    return False


# From 3.13 these two are C functions of posix: `<built-in function _path_normpath>`.
import sys as _sys
if _sys.version_info >= (3, 13):
    from _stdlib_native import c_functions as _c_functions
    _c_functions('posix', globals(), 'normpath=_path_normpath splitroot=_path_splitroot_ex')
    del _c_functions
del _sys
