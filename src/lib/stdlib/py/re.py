# Loopline's `re`: Python's regular expressions with CPython's semantics. The pattern parser and
# the backtracking matcher are native (_re, stdlib/re/*.ts, as _sre is CPython's); Pattern, Match,
# the flags and the module's functions are here. Bytes patterns are not simulated.
import _re
import sys as _sys
from _mappingproxy import mappingproxy as _mappingproxy

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split",
    "findall", "finditer", "compile", "purge", "escape",
    "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U",
    "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE",
    "UNICODE", "NOFLAG", "RegexFlag", "PatternError",
]

_MAXSIZE = 9223372036854775807


def _error_init(self, msg, pattern=None, pos=None):
    self.msg = msg
    self.pattern = pattern
    self.pos = pos
    if pattern is not None and pos is not None:
        msg = '%s at position %d' % (msg, pos)
        self.lineno = pattern.count('\n', 0, pos) + 1
        self.colno = pos - pattern.rfind('\n', 0, pos)
        if '\n' in pattern:
            msg = '%s (line %d, column %d)' % (msg, self.lineno, self.colno)
    else:
        self.lineno = self.colno = None
    Exception.__init__(self, msg)


# The exception for a bad pattern: re.PatternError from 3.13 (re.error names it too), re.error before.
_NEW = _sys.version_info >= (3, 13)
error = type('PatternError' if _NEW else 'error', (Exception,), {
    '__init__': _error_init,
    '__module__': 're',
    # (no __doc__: CPython's is its own text, read as not simulated)
})
if _NEW:
    PatternError = error
else:
    __all__.remove('PatternError')

# (name, value) in RegexFlag's definition order.
_FLAG_NAMES = [
    ('ASCII', 256), ('IGNORECASE', 2), ('LOCALE', 4), ('UNICODE', 32),
    ('MULTILINE', 8), ('DOTALL', 16), ('VERBOSE', 64), ('DEBUG', 128),
]
if not _NEW:
    _FLAG_NAMES.insert(7, ('TEMPLATE', 1))
_FLAG_MASK = 0x1ff


def _flag_names(value):
    names = [name for name, bit in _FLAG_NAMES if value & bit]
    rest = value
    for name, bit in _FLAG_NAMES:
        if value & bit:
            rest &= ~bit
    return names, rest


class RegexFlag(int):
    def __new__(cls, value=0):
        return int.__new__(cls, value)

    @property
    def value(self):
        return int(self)

    @property
    def name(self):
        names, rest = _flag_names(int(self))
        if not names and not rest:
            return 'NOFLAG'
        if rest:
            names.append(hex(rest))
        return '|'.join(names)

    def __repr__(self):
        value = int(self)
        if value == 0:
            return 're.NOFLAG'
        names, rest = _flag_names(value)
        parts = ['re.' + n for n in names]
        if rest:
            parts.append(hex(rest))
        return '|'.join(parts)

    __str__ = __repr__

    def __format__(self, spec):
        return format(str(self), spec) if not spec else format(int(self), spec)

    def __or__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) | int(other))

    def __and__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) & int(other))

    def __xor__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) ^ int(other))

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(_FLAG_MASK & ~int(self))

    def __iter__(self):
        for name, bit in _FLAG_NAMES:
            if int(self) & bit:
                yield RegexFlag(bit)

    def __len__(self):
        return len(_flag_names(int(self))[0])

    def __contains__(self, other):
        return int(other) & int(self) == int(other)


RegexFlag.__module__ = 're'
NOFLAG = RegexFlag(0)
A = ASCII = RegexFlag(256)
I = IGNORECASE = RegexFlag(2)
L = LOCALE = RegexFlag(4)
U = UNICODE = RegexFlag(32)
M = MULTILINE = RegexFlag(8)
S = DOTALL = RegexFlag(16)
X = VERBOSE = RegexFlag(64)
DEBUG = RegexFlag(128)
if not _NEW:
    T = TEMPLATE = RegexFlag(1)
for _name, _bit in _FLAG_NAMES:
    setattr(RegexFlag, _name, RegexFlag(_bit))
RegexFlag.NOFLAG = NOFLAG

# The order CPython's Pattern repr lists flags in.
_REPR_FLAGS = [
    ('re.IGNORECASE', 2), ('re.LOCALE', 4), ('re.MULTILINE', 8), ('re.DOTALL', 16),
    ('re.UNICODE', 32), ('re.VERBOSE', 64), ('re.DEBUG', 128), ('re.ASCII', 256),
]
if not _NEW:
    _REPR_FLAGS.insert(0, ('re.TEMPLATE', 1))



def _check_string(string):
    if isinstance(string, str):
        return
    if isinstance(string, bytes):
        raise NotImplementedError("re: bytes subjects are not simulated in Loopline")
    raise TypeError("expected string or bytes-like object, got '%s'" % type(string).__name__)


def _index(v, what):
    if isinstance(v, int):
        return int(v)
    try:
        return v.__index__()
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(v).__name__) from None


def _raise(err, pattern, frames=None):
    kind, msg, pos = err
    if kind == 'error':
        e = error(msg, None if pos is None else pattern, pos)
        if frames is not None:
            _re.parser_frames(e, frames)
        raise e
    if kind == 'OverflowError':
        raise OverflowError(msg)
    if kind == 'IndexError':
        raise IndexError(msg)
    if kind == 'RecursionError':
        raise RecursionError(msg)
    if kind == 'NotImplementedError':
        raise NotImplementedError(msg)
    raise ValueError(msg)


class Pattern:
    # A compiled regular expression (what re.compile returns).

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 're.Pattern' instances")

    def _init(self, pattern, flags):
        r = _re.compile(pattern, flags)
        if r[0] is None:
            _raise(r[1], pattern, r[2])
        self._code, self._flags, self._groups, names = r
        self._pattern = pattern
        self._groupindex = {name: index for name, index in names}
        self._names = names

    pattern = property(lambda self: self._pattern)
    flags = property(lambda self: self._flags)
    groups = property(lambda self: self._groups)
    groupindex = property(lambda self: _mappingproxy(dict(self._groupindex)))

    def __repr__(self):
        flags = self._flags
        if flags & (4 | 32 | 256) == 32:
            flags &= ~32
        text = repr(self._pattern)[:200]
        if not flags:
            return 're.compile(%s)' % text
        names = []
        for name, bit in _REPR_FLAGS:
            if flags & bit:
                names.append(name)
                flags &= ~bit
        if flags:
            names.append(hex(flags))
        return 're.compile(%s, %s)' % (text, '|'.join(names))

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self._pattern == other._pattern and self._flags == other._flags

    def __hash__(self):
        return hash((self._pattern, self._flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __class_getitem__(cls, item):
        return type(list[int])(cls, item)

    # match, fullmatch, search, finditer, findall and split are native (_re.setup, below).

    def _iter(self, string, pos=0, endpos=_MAXSIZE):
        """The matches finditer/findall/sub/split see: after an empty match, the next may start
        at the same place only if it is not empty."""
        _check_string(string)
        n = len(string)
        pos = _index(pos, 'pos')
        endpos = _index(endpos, 'endpos')
        pos = 0 if pos < 0 else min(pos, n)
        endpos = 0 if endpos < 0 else min(endpos, n)
        must_advance = False
        origin = pos
        while pos <= endpos:
            m = _re.run(self, string, pos, endpos, 'search', must_advance, origin)
            if m is None:
                return
            yield m
            b, pos = m.span()
            must_advance = b == pos

    def _template(self, repl):
        r = _re.template(repl, self._groups, self._names)
        if isinstance(r, tuple):
            _raise(r, repl)
        return r

    def subn(self, repl, string, count=0):
        _check_string(string)
        count = _index(count, 'count')
        if callable(repl):
            expand = repl
        elif isinstance(repl, str):
            if '\\' in repl:
                parts = self._template(repl)
                expand = lambda m: _expand(parts, m)
            else:
                expand = lambda m: repl
        elif isinstance(repl, bytes):
            raise NotImplementedError("re: bytes replacements are not simulated in Loopline")
        else:
            raise TypeError("expected str instance, %s found" % type(repl).__name__)
        out = []
        last = 0
        n = 0
        if count < 0:
            return string, 0
        for m in self._iter(string):
            if count and n >= count:
                break
            b, e = m.span()
            if last < b:
                out.append(_re.substr(string, last, b))
            item = expand(m)
            if item is not None:
                if not isinstance(item, str):
                    raise TypeError("sequence item %d: expected str instance, %s found"
                                    % (len(out), type(item).__name__))
                out.append(item)
            last = e
            n += 1
        out.append(_re.substr(string, last, len(string)))
        return ''.join(out), n

    def sub(self, repl, string, count=0):
        return self.subn(repl, string, count)[0]

    def scanner(self, string, pos=0, endpos=_MAXSIZE):
        return _PatternScanner(self, string, pos, endpos)


class _PatternScanner:
    """What Pattern.scanner returns: match() and search() go on from where the last match ended."""

    def __init__(self, pattern, string, pos, endpos):
        _check_string(string)
        n = len(string)
        pos = _index(pos, 'pos')
        endpos = _index(endpos, 'endpos')
        self.pattern = pattern
        self._string = string
        self._pos = self._origin = 0 if pos < 0 else min(pos, n)
        self._endpos = 0 if endpos < 0 else min(endpos, n)
        self._must_advance = False

    def _next(self, mode):
        if self._pos is None or self._pos > self._endpos:
            return None
        m = _re.run(self.pattern, self._string, self._pos, self._endpos, mode, self._must_advance,
                    self._origin)
        if m is None:
            self._pos = None
            return None
        b, self._pos = m.span()
        self._must_advance = b == self._pos
        return m

    def match(self):
        return self._next('match')

    def search(self):
        return self._next('search')


_PatternScanner.__name__ = _PatternScanner.__qualname__ = 'SRE_Scanner'


Pattern.__module__ = 're'


def _expand(parts, m):
    out = []
    for i, part in enumerate(parts):
        if i % 2:
            out.append(m.group(part) or '')
        else:
            out.append(part)
    return ''.join(out)


class Match:
    # The result of a successful match.

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 're.Match' instances")

    # Its data and accessors are native (_re.setup, below): string, re, pos, endpos, lastindex,
    # lastgroup, regs, group, [], groups, groupdict, start, end, span.

    def expand(self, template):
        return _expand(self.re._template(template), self)

    def __bool__(self):
        return True

    def __repr__(self):
        return '<re.Match object; span=(%d, %d), match=%s>' % (
            self.start(), self.end(), repr(self.group(0))[:50])

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __class_getitem__(cls, item):
        return type(list[int])(cls, item)


Match.__module__ = 're'


_re.setup(Pattern, Match)

_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = int(flags)
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    if not isinstance(pattern, str):
        if isinstance(pattern, bytes):
            raise NotImplementedError("re: bytes patterns are not simulated in Loopline")
        raise TypeError("first argument must be string or compiled pattern")
    flags = _index(flags, 'flags')
    if flags & 128:
        raise NotImplementedError("re.DEBUG (the parse dump) is not simulated in Loopline")
    key = (pattern, flags)
    p = _cache.get(key)
    if p is None:
        p = object.__new__(Pattern)
        p._init(pattern, flags)
        if len(_cache) >= _MAXCACHE:
            del _cache[next(iter(_cache))]
        _cache[key] = p
    return p


def compile(pattern, flags=0):
    # PATTERN with FLAGS made into a Pattern object (cached, as the module-level functions use it).
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    return _compile(pattern, flags).search(string)


_ZERO = object()


def _positional(fname, first, args, a, b, most):
    """CPython 3.13's handling of count/maxsplit and flags passed by position (deprecated)."""
    if args:
        if a is not _ZERO:
            raise TypeError("%s() got multiple values for argument '%s'" % (fname, first))
        a, *args = args
        if args:
            if b is not _ZERO:
                raise TypeError("%s() got multiple values for argument 'flags'" % fname)
            b, *args = args
            if args:
                raise TypeError("%s() takes from %d to %d positional arguments but %d were given"
                                % (fname, most - 2, most, most + len(args)))
        if _NEW:
            _re.deprecated("'%s' is passed as positional argument" % first)
    return (0 if a is _ZERO else a), (0 if b is _ZERO else b)


def sub(pattern, repl, string, *args, count=_ZERO, flags=_ZERO):
    count, flags = _positional('sub', 'count', args, count, flags, 5)
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, *args, count=_ZERO, flags=_ZERO):
    count, flags = _positional('subn', 'count', args, count, flags, 5)
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, *args, maxsplit=_ZERO, flags=_ZERO):
    maxsplit, flags = _positional('split', 'maxsplit', args, maxsplit, flags, 4)
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return _compile(pattern, flags).finditer(string)


def purge():
    # Forget the compiled patterns kept for the module-level functions.
    _cache.clear()


class Scanner:
    """re.Scanner: a lexer from (pattern, action) pairs, each tried in order at every position."""

    def __init__(self, lexicon, flags=0):
        if isinstance(flags, RegexFlag):
            flags = int(flags)
        self.lexicon = lexicon
        parts = []
        self._actions = {}
        group = 1
        for phrase, action in lexicon:
            self._actions[group] = action
            parts.append('(' + phrase + ')')
            group += 1 + _compile(phrase, flags).groups
        self.scanner = _compile('|'.join(parts), flags)

    def scan(self, string):
        result = []
        match = self.scanner.scanner(string).match
        i = 0
        while True:
            m = match()
            if not m:
                break
            j = m.end()
            if i == j:
                break
            action = self._actions[m.lastindex]
            if callable(action):
                self.match = m
                action = action(self, m.group())
            if action is not None:
                result.append(action)
            i = j
        return result, string[i:]


_SPECIAL = {c: '\\' + c for c in '()[]{}?*+-|^$\\.&~# \t\n\r\v\f'}


def escape(pattern):
    # PATTERN with a backslash before each character that means something in a regex.
    if isinstance(pattern, str):
        return ''.join(_SPECIAL.get(c, c) for c in pattern)
    if isinstance(pattern, bytes):
        raise NotImplementedError("re: bytes patterns are not simulated in Loopline")
    raise TypeError("expected str instance, %s found" % type(pattern).__name__)


# CPython writes these in C: error messages name them with their module ('re.Pattern' object ...).
from _stdlib_native import c_types as _c_types
_c_types(Pattern, Match)
del _c_types
