# `pathlib` on a machine with no files: the pure path arithmetic of PurePosixPath (parts, name,
# suffix, parent, joining, relative_to, with_*), and Path, whose file-system questions answer as
# os.path does here (nothing exists; the current directory is os.getcwd()) and whose reading and
# writing say that simulated programs have no files.

import os

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
        name = self.name
        i = name.rfind('.')
        return name[i:] if 0 < i < len(name) - 1 else ''

    @property
    def suffixes(self):
        name = self.name
        if name.endswith('.'):
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

    def relative_to(self, other, *, walk_up=False):
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
            raise ValueError(f'{str(self)!r} is not in the subpath of {str(other)!r}')
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


class PurePosixPath(PurePath):
    __slots__ = ()


def _no_files(what):
    raise RuntimeError(f'{what} is not available in Loopline: simulated programs have no files')


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
        # No links on a machine with no files: '..' is resolved by the text alone.
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
        return False

    def is_file(self):
        return False

    def is_dir(self):
        return False

    def is_symlink(self):
        return False

    def read_text(self, *args, **kwargs):
        _no_files('Path.read_text()')

    def read_bytes(self):
        _no_files('Path.read_bytes()')

    def write_text(self, *args, **kwargs):
        _no_files('Path.write_text()')

    def write_bytes(self, data):
        _no_files('Path.write_bytes()')

    def open(self, *args, **kwargs):
        _no_files('Path.open()')

    def iterdir(self):
        _no_files('Path.iterdir()')

    def glob(self, pattern, **kwargs):
        _no_files('Path.glob()')

    def rglob(self, pattern, **kwargs):
        _no_files('Path.rglob()')

    def mkdir(self, *args, **kwargs):
        _no_files('Path.mkdir()')

    def touch(self, *args, **kwargs):
        _no_files('Path.touch()')

    def unlink(self, missing_ok=False):
        _no_files('Path.unlink()')

    def stat(self, **kwargs):
        _no_files('Path.stat()')


class PosixPath(Path, PurePosixPath):
    __slots__ = ()
