# `pathlib`: the pure path arithmetic of PurePosixPath (parts, name, suffix, parent, joining,
# relative_to, with_*), and Path, which reads and writes the simulated machine's in-memory file
# system through os and io.open (the current directory is os.getcwd()).

import io
import os
import sys as _sys

__all__ = ['PurePath', 'PurePosixPath', 'Path', 'PosixPath']


def _split(text):
    # The anchor ('', '/' or, as POSIX keeps it, exactly '//') and the parts after it.
    if text.startswith('/'):
        anchor = '//' if text.startswith('//') and not text.startswith('///') else '/'
    else:
        anchor = ''
    parts = [p for p in text.split('/') if p and p != '.']
    return anchor, parts


def _fnmatch(name, pat):
    # '*', '?' and literal characters ('[...]' sets are not supported).
    if not pat:
        return not name
    if pat[0] == '*':
        return any(_fnmatch(name[i:], pat[1:]) for i in range(len(name) + 1))
    if name and (pat[0] == '?' or pat[0] == name[0]):
        return _fnmatch(name[1:], pat[1:])
    return False


def _glob_options(method, options):
    # glob()/rglob() keywords: case_sensitive from 3.12, recurse_symlinks from 3.13 (symlinks
    # are not simulated, so it changes nothing).
    allowed = () if _sys.version_info < (3, 12) else ('case_sensitive',) if _sys.version_info < (3, 13) else ('case_sensitive', 'recurse_symlinks')
    for key in options:
        if key not in allowed:
            raise TypeError(f"Path.{method}() got an unexpected keyword argument '{key}'")
    return options.get('case_sensitive')


class PurePath:
    __slots__ = ('_anchor', '_parts', '_str')

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PurePosixPath
        self = object.__new__(cls)
        self._init(args)
        return self

    def _init(self, args):
        anchor, parts = '', []
        for a in args:
            if isinstance(a, PurePath):
                text = str(a)
            elif isinstance(a, str):
                text = a
            elif hasattr(a, '__fspath__'):
                text = a.__fspath__()
            else:
                raise TypeError(f"argument should be a str or an os.PathLike object where __fspath__ returns a str, not {type(a).__name__!r}")
            a_anchor, a_parts = _split(text)
            if a_anchor:
                anchor, parts = a_anchor, a_parts
            else:
                parts = parts + a_parts
        self._anchor = anchor
        self._parts = parts
        self._str = (anchor + '/'.join(parts)) or '.'

    def _make(self, anchor, parts):
        return type(self)(anchor + '/'.join(parts) if (anchor or parts) else '.')

    def with_segments(self, *args):
        return type(self)(*args)

    def __str__(self):
        return self._str

    def __fspath__(self):
        return self._str

    def as_posix(self):
        return self._str

    def __repr__(self):
        return f'{type(self).__name__}({self._str!r})'

    def __hash__(self):
        return hash(self._str)

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._str == other._str

    def _key(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return (self._anchor, self._parts), (other._anchor, other._parts)

    def __lt__(self, other):
        k = self._key(other)
        return k if k is NotImplemented else k[0] < k[1]

    def __le__(self, other):
        k = self._key(other)
        return k if k is NotImplemented else k[0] <= k[1]

    def __gt__(self, other):
        k = self._key(other)
        return k if k is NotImplemented else k[0] > k[1]

    def __ge__(self, other):
        k = self._key(other)
        return k if k is NotImplemented else k[0] >= k[1]

    def __truediv__(self, other):
        try:
            return self.with_segments(self, other)
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, other):
        try:
            return self.with_segments(other, self)
        except TypeError:
            return NotImplemented

    def joinpath(self, *others):
        return self.with_segments(self, *others)

    @property
    def parts(self):
        return tuple(([self._anchor] if self._anchor else []) + self._parts)

    @property
    def drive(self):
        return ''

    @property
    def root(self):
        return self._anchor

    @property
    def anchor(self):
        return self._anchor

    @property
    def name(self):
        return self._parts[-1] if self._parts else ''

    @property
    def suffix(self):
        # 3.14: a name ending in '.' has the suffix '.' (before: none); leading dots never start one.
        name = self.name
        if _sys.version_info >= (3, 14):
            name = name.lstrip('.')
            i = name.rfind('.')
            return name[i:] if i != -1 else ''
        i = name.rfind('.')
        return name[i:] if 0 < i < len(name) - 1 else ''

    @property
    def suffixes(self):
        name = self.name
        if name.endswith('.') and _sys.version_info < (3, 14):
            return []
        name = name.lstrip('.')
        return ['.' + s for s in name.split('.')[1:]]

    @property
    def stem(self):
        name, suffix = self.name, self.suffix
        return name[:-len(suffix)] if suffix else name

    @property
    def parent(self):
        if not self._parts:
            return self
        return self._make(self._anchor, self._parts[:-1])

    @property
    def parents(self):
        return tuple(self._make(self._anchor, self._parts[:i]) for i in range(len(self._parts) - 1, -1, -1))

    def is_absolute(self):
        return bool(self._anchor)

    def is_reserved(self):
        return False

    def with_name(self, name):
        if not self.name:
            raise ValueError(f'{self!r} has an empty name')
        if not name or '/' in name or name == '.':
            raise ValueError(f'Invalid name {name!r}')
        return self._make(self._anchor, self._parts[:-1] + [name])

    def with_stem(self, stem):
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        if '/' in suffix or (suffix and (not suffix.startswith('.') or suffix == '.')):
            raise ValueError(f'Invalid suffix {suffix!r}')
        if not self.name:
            raise ValueError(f'{self!r} has an empty name')
        return self.with_name(self.stem + suffix)

    def relative_to(self, other, **options):
        # walk_up= from 3.12; 3.11's message also names the relative/absolute mix-up.
        walk_up = options.pop('walk_up', False) if _sys.version_info >= (3, 12) else False
        if options:
            raise TypeError(f"PurePath.relative_to() got an unexpected keyword argument '{next(iter(options))}'")
        other = self.with_segments(other)
        if self._anchor != other._anchor or self._parts[:len(other._parts)] != other._parts:
            if walk_up and self._anchor == other._anchor:
                common = 0
                while common < min(len(self._parts), len(other._parts)) and self._parts[common] == other._parts[common]:
                    common += 1
                if '..' in other._parts[common:]:
                    raise ValueError(f"'..' segment in {str(other)!r} cannot be walked")
                up = ['..'] * (len(other._parts) - common)
                return self._make('', up + self._parts[common:])
            tail = ' OR one path is relative and the other is absolute.' if _sys.version_info < (3, 12) else ''
            raise ValueError(f'{str(self)!r} is not in the subpath of {str(other)!r}{tail}')
        return self._make('', self._parts[len(other._parts):])

    def is_relative_to(self, other):
        other = self.with_segments(other)
        return self._anchor == other._anchor and self._parts[:len(other._parts)] == other._parts

    def match(self, pattern):
        # Matched from the right, segment by segment; an absolute pattern must match the whole path.
        pat = self.with_segments(pattern)
        if not pat._parts and not pat._anchor:
            raise ValueError('empty pattern')
        if pat._anchor and (pat._anchor != self._anchor or len(pat._parts) != len(self._parts)):
            return False
        if len(pat._parts) > len(self._parts):
            return False
        return all(_fnmatch(n, p) for n, p in zip(reversed(self._parts), reversed(pat._parts)))

    if _sys.version_info >= (3, 13):
        def full_match(self, pattern, *, case_sensitive=None):
            # The whole path against the pattern; a '**' segment stands for any number of segments.
            from fnmatch import fnmatchcase
            pat = self.with_segments(pattern)
            # A leading '**' of a relative pattern also takes an absolute path's root (CPython
            # matches the path's text, where '**/' is any run of characters ending in '/').
            if pat._anchor != self._anchor and not (not pat._anchor and pat._parts[:1] == ['**']):
                return False
            fold = (lambda t: t.lower()) if case_sensitive is False else (lambda t: t)

            def match(names, pats):
                if not pats:
                    return not names
                if pats[0] == '**':
                    return any(match(names[i:], pats[1:]) for i in range(len(names) + 1))
                return bool(names) and fnmatchcase(fold(names[0]), fold(pats[0])) and match(names[1:], pats[1:])

            return match(self._parts, pat._parts)


def _as_uri(self):
    # 3.11-3.13's PurePath.as_uri: 'file://' and the path's bytes, percent-quoted.
    if _sys.version_info >= (3, 14):
        import _stdlib_native
        _stdlib_native.refuse('PurePath.as_uri on Python 3.14 (deprecated there; Path.as_uri uses '
                              'urllib.request.pathname2url) is not simulated in Loopline')
    if not self.is_absolute():
        raise ValueError("relative path can't be expressed as a file URI")
    from urllib.parse import quote
    return 'file://' + quote(os.fsencode(str(self)), safe='/')


PurePath.as_uri = _as_uri


class PurePosixPath(PurePath):
    __slots__ = ()


class Path(PurePath):
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath
        self = object.__new__(cls)
        self._init(args)
        return self

    @classmethod
    def cwd(cls):
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        return cls(os.path.expanduser('~'))

    def absolute(self):
        return self if self.is_absolute() else self.with_segments(os.getcwd(), self)

    def resolve(self, strict=False):
        # No links on the simulated machine: '..' is resolved by the text alone.
        parts = []
        for p in self.absolute()._parts:
            if p == '..':
                if parts:
                    parts.pop()
            else:
                parts.append(p)
        return self._make('/', parts)

    def expanduser(self):
        if self._parts and self._parts[0].startswith('~') and not self._anchor:
            return self.with_segments(os.path.expanduser(self._parts[0]), *self._parts[1:])
        return self

    def exists(self, *, follow_symlinks=True):
        return os.path.exists(self)

    def is_file(self):
        return os.path.isfile(self)

    def is_dir(self):
        return os.path.isdir(self)

    def is_symlink(self):
        return False

    def open(self, mode='r', buffering=-1, encoding=None, errors=None, newline=None):
        return io.open(self, mode, buffering, encoding, errors, newline)

    def read_text(self, encoding=None, errors=None, **newline):
        # newline= from 3.13
        if newline and (_sys.version_info < (3, 13) or list(newline) != ['newline']):
            raise TypeError(f"Path.read_text() got an unexpected keyword argument '{next(iter(newline))}'")
        with self.open('r', encoding=encoding, errors=errors, newline=newline.get('newline')) as f:
            return f.read()

    def read_bytes(self):
        with self.open('rb') as f:
            return f.read()

    def write_text(self, data, encoding=None, errors=None, newline=None):
        if not isinstance(data, str):
            raise TypeError(f'data must be str, not {type(data).__name__}')
        with self.open('w', encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    def write_bytes(self, data):
        with self.open('wb') as f:
            return f.write(data)

    def iterdir(self):
        for name in os.listdir(self):
            yield self / name

    def glob(self, pattern, **options):
        # pathlib's rules, not the glob module's: '*' matches hidden names too, '**' is this
        # directory and every one below it (3.13: a final '**' also yields the files), a pattern
        # ending in '/' yields directories only.
        case_sensitive = _glob_options('glob', options)
        if not isinstance(pattern, str):
            pattern = os.fspath(pattern)
        anchor, parts = _split(pattern)
        if anchor:
            raise NotImplementedError('Non-relative patterns are unsupported')
        if not parts:
            if _sys.version_info[:2] == (3, 12) and pattern:
                raise IndexError('tuple index out of range')
            shown = repr(PosixPath(pattern)) if _sys.version_info[:2] == (3, 13) else repr(pattern)
            raise ValueError(f'Unacceptable pattern: {shown}')
        if pattern.endswith('/'):
            parts = parts + ['']
        from fnmatch import fnmatchcase
        if case_sensitive is False:
            return self._select(parts, lambda name, pat: fnmatchcase(name.lower(), pat.lower()))
        return self._select(parts, fnmatchcase)

    def rglob(self, pattern, **options):
        _glob_options('rglob', options)
        return self.glob('**/' + os.fspath(pattern), **options)

    def _below(self):
        # This directory and every directory under it, top-down.
        yield self
        for name in os.listdir(self):
            child = self / name
            if child.is_dir():
                yield from child._below()

    def _select(self, parts, match):
        head, rest = parts[0], parts[1:]
        if head == '':
            if self.is_dir():
                yield self
        elif head == '**':
            if not rest and _sys.version_info >= (3, 13):
                for d in self._below():
                    yield d
                    for name in os.listdir(d):
                        if not (d / name).is_dir():
                            yield d / name
                return
            for d in self._below():
                yield from d._select(rest, match) if rest else (d,)
        elif head == '..' or not any(c in head for c in '*?['):
            child = self / head
            if rest:
                if child.is_dir():
                    yield from child._select(rest, match)
            elif child.exists():
                yield child
        else:
            for name in os.listdir(self):
                if match(name, head):
                    child = self / name
                    if not rest:
                        yield child
                    elif child.is_dir():
                        yield from child._select(rest, match)

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        if parents:
            os.makedirs(self, mode, exist_ok=exist_ok)
            return
        try:
            os.mkdir(self, mode)
        except FileExistsError:
            if not exist_ok or not self.is_dir():
                raise

    def rmdir(self):
        os.rmdir(self)

    def touch(self, mode=0o666, exist_ok=True):
        if self.exists():
            if not exist_ok:
                raise FileExistsError(17, 'File exists', str(self))
            return
        os.close(os.open(self, os.O_CREAT | os.O_WRONLY, mode))

    def unlink(self, missing_ok=False):
        try:
            os.remove(self)
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rename(self, target):
        os.rename(self, target)
        return self.with_segments(target)

    def replace(self, target):
        os.replace(self, target)
        return self.with_segments(target)

    def stat(self, *, follow_symlinks=True):
        return os.stat(self)

    def lstat(self):
        # No symbolic links on the simulated file system: the file itself.
        return os.stat(self)

    def _file_type(self, bits):
        try:
            return (os.stat(self).st_mode & 0o170000) == bits
        except (OSError, ValueError):
            return False

    def is_socket(self):
        return self._file_type(0o140000)

    def is_fifo(self):
        return self._file_type(0o010000)

    def is_block_device(self):
        return self._file_type(0o060000)

    def is_char_device(self):
        return self._file_type(0o020000)

    def is_mount(self):
        # One file system, mounted at /.
        return os.path.abspath(self) == '/'

    if _sys.version_info >= (3, 12):
        def is_junction(self):
            return False

    def _refused(self, what):
        import _stdlib_native
        _stdlib_native.refuse(f'Path.{what} is not simulated in Loopline (the in-memory file system has no '
                              'owners or links)')

    def chmod(self, mode, *, follow_symlinks=True):
        os.chmod(self, mode, follow_symlinks=follow_symlinks)

    def lchmod(self, mode):
        self._refused('lchmod')

    def owner(self, **kwargs):
        self._refused('owner')

    def group(self, **kwargs):
        self._refused('group')

    def readlink(self):
        self._refused('readlink')

    def symlink_to(self, target, target_is_directory=False):
        self._refused('symlink_to')

    def hardlink_to(self, target):
        self._refused('hardlink_to')

    def samefile(self, other_path):
        # No links on the simulated file system: the same file is the same absolute path.
        os.stat(self)
        os.stat(other_path)
        return os.path.abspath(self) == os.path.abspath(other_path)

    if _sys.version_info >= (3, 12):
        def walk(self, top_down=True, on_error=None, follow_symlinks=False):
            # os.walk's order with Path objects; top_down lets the caller prune dirnames in place.
            try:
                names = os.listdir(self)
            except OSError as error:
                if on_error is not None:
                    on_error(error)
                return
            dirs = [n for n in names if (self / n).is_dir()]
            files = [n for n in names if n not in dirs]
            if top_down:
                yield self, dirs, files
            for name in dirs:
                yield from (self / name).walk(top_down, on_error, follow_symlinks)
            if not top_down:
                yield self, dirs, files


class PosixPath(Path, PurePosixPath):
    __slots__ = ()


if _sys.version_info[:2] == (3, 13):
    # 3.13's pathlib classes live in pathlib._local (their repr and type() say so); 3.12 and 3.14: pathlib.
    for _cls in (PurePath, PurePosixPath, Path, PosixPath):
        _cls.__module__ = 'pathlib._local'
    del _cls
