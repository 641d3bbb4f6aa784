# `glob`: the paths of the run's in-memory file system (_fs.py) that match a shell pattern, with
# '**' for any depth when recursive, root_dir, include_hidden, escape and 3.13's translate. Names
# come in os.scandir's order, which here is the order entries were made (a real directory's order
# is its file system's: programs that need one sort). bytes patterns and dir_fd are not simulated.

import fnmatch
import os
import re
import sys

_V313 = sys.version_info >= (3, 13)

__all__ = ["glob", "iglob", "escape"]
if _V313:
    __all__.append("translate")


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """The paths that match PATHNAME's wildcards, as a list (iglob gives them one at a time)."""
    return list(iglob(pathname, root_dir=root_dir, dir_fd=dir_fd, recursive=recursive,
                      include_hidden=include_hidden))


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """Like glob(), but the matches come one by one from a generator."""
    if dir_fd is not None:
        raise NotImplementedError('glob with dir_fd is not simulated in Loopline')
    if isinstance(pathname, bytes):
        raise NotImplementedError('bytes patterns for glob are not simulated in Loopline')
    root_dir = os.fspath(root_dir) if root_dir is not None else ''
    it = _iglob(pathname, root_dir, recursive, False, include_hidden)
    if not pathname or recursive and _isrecursive(pathname[:2]):
        # The empty match of a leading '**' (the directory itself) is left out.
        try:
            first = next(it)
            if first:
                it = _chain(first, it)
        except StopIteration:
            pass
    return it


def _chain(first, rest):
    yield first
    yield from rest


def _iglob(pathname, root_dir, recursive, dironly, include_hidden):
    dirname, basename = os.path.split(pathname)
    if not has_magic(pathname):
        if basename:
            if os.path.lexists(_join(root_dir, pathname)):
                yield pathname
        elif os.path.isdir(_join(root_dir, dirname)):
            # A pattern that ends with a slash matches only directories.
            yield pathname
        return
    if not dirname:
        if recursive and _isrecursive(basename):
            yield from _glob2(root_dir, basename, dironly, include_hidden)
        else:
            yield from _glob1(root_dir, basename, dironly, include_hidden)
        return
    if dirname != pathname and has_magic(dirname):
        dirs = _iglob(dirname, root_dir, recursive, True, include_hidden)
    else:
        dirs = [dirname]
    if has_magic(basename):
        glob_in_dir = _glob2 if recursive and _isrecursive(basename) else _glob1
    else:
        glob_in_dir = _glob0
    for dirname in dirs:
        for name in glob_in_dir(_join(root_dir, dirname), basename, dironly, include_hidden):
            yield os.path.join(dirname, name)


def _glob1(dirname, pattern, dironly, include_hidden=False):
    # The names in a literal directory that match a pattern (hidden ones only when asked or
    # when the pattern itself starts with a dot).
    names = _listdir(dirname, dironly)
    if not (include_hidden or _ishidden(pattern)):
        names = [x for x in names if not _ishidden(x)]
    return fnmatch.filter(names, pattern)


def _glob0(dirname, basename, dironly, include_hidden=False):
    if basename:
        if os.path.lexists(_join(dirname, basename)):
            return [basename]
    elif os.path.isdir(dirname):
        return [basename]
    return []


def _glob2(dirname, pattern, dironly, include_hidden=False):
    # '**': the directory itself ('' - from 3.13 only if it exists) and everything below it.
    if not _V313 or not dirname or os.path.isdir(dirname):
        yield ''
    yield from _rlistdir(dirname, dironly, include_hidden)


def _listdir(dirname, dironly):
    try:
        with os.scandir(dirname or os.curdir) as it:
            return [e.name for e in it if not dironly or e.is_dir()]
    except OSError:
        return []


def _rlistdir(dirname, dironly, include_hidden=False):
    for x in _listdir(dirname, dironly):
        if include_hidden or not _ishidden(x):
            yield x
            path = _join(dirname, x) if dirname else x
            for y in _rlistdir(path, dironly, include_hidden):
                yield _join(x, y)


def _deprecated(name):
    if _V313:
        import warnings
        warnings.warn(f"{name} is deprecated and will be removed in Python 3.15. Use "
                      "glob.glob and pass a directory to its root_dir argument instead.",
                      DeprecationWarning, stacklevel=3)


def glob0(dirname, pattern):
    _deprecated('glob.glob0')
    return _glob0(dirname, pattern, False)


def glob1(dirname, pattern):
    _deprecated('glob.glob1')
    return _glob1(dirname, pattern, False)


def _join(dirname, basename):
    if not dirname or not basename:
        return dirname or basename
    return os.path.join(dirname, basename)


magic_check = re.compile('([*?[])')


def has_magic(s):
    if isinstance(s, bytes):
        s = s.decode('latin-1')
    return magic_check.search(s) is not None


def _ishidden(path):
    return path[0] in ('.', b'.'[0])


def _isrecursive(pattern):
    return pattern == (b'**' if isinstance(pattern, bytes) else '**')


def escape(pathname):
    """PATHNAME with each wildcard character bracketed, so it matches only itself."""
    if isinstance(pathname, bytes):
        return magic_check.sub(r'[\1]', pathname.decode('latin-1')).encode('latin-1')
    return magic_check.sub(r'[\1]', pathname)


if _V313:
    def translate(pat, *, recursive=False, include_hidden=False, seps=None):
        """A regular expression (source text) that matches what the wildcard pattern PAT does."""
        if not seps:
            seps = os.path.sep
        escaped = ''.join(map(re.escape, seps))
        any_sep = f'[{escaped}]' if len(seps) > 1 else escaped
        not_sep = f'[^{escaped}]'
        if include_hidden:
            last_segment = f'{not_sep}+'
            any_segments = f'(?:.+{any_sep})?'
            any_last_segments = '.*'
        else:
            last_segment = f'[^{escaped}.]{not_sep}*'
            any_segments = f'(?:{last_segment}{any_sep})*'
            any_last_segments = f'{any_segments}(?:{last_segment})?'
        segment = f'{last_segment}{any_sep}'
        out = []
        parts = re.split(any_sep, pat)
        last = len(parts) - 1
        for i, part in enumerate(parts):
            if part == '*':
                out.append(segment if i < last else last_segment)
            elif recursive and part == '**':
                if i < last:
                    if parts[i + 1] != '**':
                        out.append(any_segments)
                else:
                    out.append(any_last_segments)
            else:
                if part:
                    if not include_hidden and part[0] in '*?':
                        out.append(r'(?!\.)')
                    for piece in fnmatch._pieces(part, not_sep):
                        out.append(f'{not_sep}*' if piece is fnmatch._STAR else piece)
                if i < last:
                    out.append(any_sep)
        end = r'\z' if sys.version_info >= (3, 14) else r'\Z'
        return fr"(?s:{''.join(out)}){end}"
