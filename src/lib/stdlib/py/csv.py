# `csv`: reader, writer, dialects, DictReader/DictWriter and Sniffer. CPython parses and writes in
# C (_csv); here the same character-by-character state machine is Python, so rows split, quote and
# fail (csv.Error with its message) where CPython's do, for each version's rules.

import sys as _sys
from io import StringIO

__all__ = ['QUOTE_MINIMAL', 'QUOTE_ALL', 'QUOTE_NONNUMERIC', 'QUOTE_NONE',
           'Error', 'Dialect', 'excel', 'excel_tab', 'field_size_limit', 'reader', 'writer',
           'register_dialect', 'get_dialect', 'list_dialects', 'Sniffer', 'unregister_dialect',
           'DictReader', 'DictWriter', 'unix_dialect']

__version__ = '1.0'

_V312 = _sys.version_info >= (3, 12)
_V313 = _sys.version_info >= (3, 13)
_V314 = _sys.version_info >= (3, 14)
if not _V314:
    import re
if _V312:
    import types

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE = 0, 1, 2, 3
_QUOTE_STYLES = 4
if _V312:
    QUOTE_STRINGS, QUOTE_NOTNULL = 4, 5
    _QUOTE_STYLES = 6
    __all__[4:4] = ['QUOTE_STRINGS', 'QUOTE_NOTNULL']


class Error(Exception):
    __module__ = '_csv'


_dialects = {}
_field_limit = [128 * 1024]


def _type_name(v):
    return type(v).__name__


def _char(name, v, default, none_ok):
    # One dialect character: '' means "not set" (None for the attributes that allow it).
    if v is _ABSENT:
        return default
    if v is None and none_ok:
        return ''
    if _V314:
        kind = 'a unicode character or None' if none_ok else 'a unicode character'
        if not isinstance(v, str):
            raise TypeError(f'"{name}" must be {kind}, not {_type_name(v)}')
        if len(v) != 1:
            raise TypeError(f'"{name}" must be {kind}, not a string of length {len(v)}')
        return v
    if not isinstance(v, str):
        kind = 'string or None' if none_ok else 'string'
        raise TypeError(f'"{name}" must be {kind}, not {_type_name(v)}')
    if len(v) != 1:
        raise TypeError(f'"{name}" must be a 1-character string')
    return v


def _check_char(name, c, lineterminator, allow_space):
    # 3.13 refuses characters the parser could not tell apart from line ends or spaces.
    if c == '':
        return
    if c in '\r\n' or (c == ' ' and not allow_space):
        raise ValueError(f'bad {name} value')
    if c in lineterminator:
        raise ValueError(f'bad {name} or lineterminator value')


def _check_pair(name1, name2, c1, c2):
    if c1 == c2 and c1 != '':
        raise ValueError(f'bad {name1} or {name2} value')


def _public_dir(self):
    # dir() shows what CPython's C type has: no private helpers.
    return [n for n in dir(type(self)) if not n.startswith('_') or n.startswith('__')]


class _Absent:
    pass


_ABSENT = _Absent()
_FIELDS = ('delimiter', 'doublequote', 'escapechar', 'lineterminator', 'quotechar', 'quoting',
           'skipinitialspace', 'strict')


class _Dialect:
    # The validated settings of a reader or writer (_csv.Dialect): read-only once made.
    __slots__ = ('_delimiter', '_doublequote', '_escapechar', '_lineterminator', '_quotechar',
                 '_quoting', '_skipinitialspace', '_strict')

    def __new__(cls, dialect=_ABSENT, delimiter=_ABSENT, doublequote=_ABSENT, escapechar=_ABSENT,
                lineterminator=_ABSENT, quotechar=_ABSENT, quoting=_ABSENT, skipinitialspace=_ABSENT,
                strict=_ABSENT):
        given = {'delimiter': delimiter, 'doublequote': doublequote, 'escapechar': escapechar,
                 'lineterminator': lineterminator, 'quotechar': quotechar, 'quoting': quoting,
                 'skipinitialspace': skipinitialspace, 'strict': strict}
        if dialect is not _ABSENT:
            if isinstance(dialect, str):
                dialect = get_dialect(dialect)
            # A dialect object with nothing overridden is shared, as CPython does.
            if isinstance(dialect, _Dialect) and all(v is _ABSENT for v in given.values()):
                return dialect
            for name in _FIELDS:
                if given[name] is _ABSENT:
                    try:
                        given[name] = getattr(dialect, name)
                    except AttributeError:
                        # A missing attribute keeps its default.
                        pass
        self = object.__new__(cls)
        set_ = object.__setattr__
        set_(self, '_delimiter', _char('delimiter', given['delimiter'], ',', False))
        dq = given['doublequote']
        set_(self, '_doublequote', True if dq is _ABSENT else bool(dq))
        set_(self, '_escapechar', _char('escapechar', given['escapechar'], '', True))
        lt = given['lineterminator']
        if lt is _ABSENT:
            lt = '\r\n'
        elif _V314 and not isinstance(lt, str):
            raise TypeError(f'"lineterminator" must be a string, not {_type_name(lt)}')
        elif lt is not None and not isinstance(lt, str):
            raise TypeError('"lineterminator" must be a string')
        set_(self, '_lineterminator', lt)
        quotechar = given['quotechar']
        set_(self, '_quotechar', _char('quotechar', quotechar, '"', True))
        q = given['quoting']
        if q is _ABSENT:
            q = QUOTE_MINIMAL
        elif type(q) is not int:
            if _V314:
                raise TypeError(f'"quoting" must be an integer, not {_type_name(q)}')
            raise TypeError('"quoting" must be an integer')
        set_(self, '_quoting', q)
        si = given['skipinitialspace']
        set_(self, '_skipinitialspace', False if si is _ABSENT else bool(si))
        st = given['strict']
        set_(self, '_strict', False if st is _ABSENT else bool(st))
        if not 0 <= q < _QUOTE_STYLES:
            raise TypeError('bad "quoting" value')
        if self._delimiter == '':
            raise TypeError('"delimiter" must be a 1-character string')
        if quotechar is None and given['quoting'] is _ABSENT:
            set_(self, '_quoting', QUOTE_NONE)
        if self._quoting != QUOTE_NONE and self._quotechar == '':
            raise TypeError('quotechar must be set if quoting enabled')
        if lt is None:
            raise TypeError('lineterminator must be set')
        if _V313:
            _check_char('delimiter', self._delimiter, lt, True)
            _check_char('escapechar', self._escapechar, lt, not self._skipinitialspace)
            _check_char('quotechar', self._quotechar, lt, not self._skipinitialspace)
            _check_pair('delimiter', 'escapechar', self._delimiter, self._escapechar)
            _check_pair('delimiter', 'quotechar', self._delimiter, self._quotechar)
            _check_pair('escapechar', 'quotechar', self._escapechar, self._quotechar)
        return self

    def __setattr__(self, name, value):
        if name in _FIELDS:
            raise AttributeError(f"attribute '{name}' of '_csv.Dialect' objects is not writable")
        raise AttributeError(f"'_csv.Dialect' object has no attribute '{name}'")

    @property
    def delimiter(self):
        return self._delimiter

    @property
    def doublequote(self):
        return self._doublequote

    @property
    def escapechar(self):
        return self._escapechar or None

    @property
    def lineterminator(self):
        return self._lineterminator

    @property
    def quotechar(self):
        return self._quotechar or None

    @property
    def quoting(self):
        return self._quoting

    @property
    def skipinitialspace(self):
        return self._skipinitialspace

    @property
    def strict(self):
        return self._strict


_Dialect.__dir__ = _public_dir
_Dialect.__name__ = _Dialect.__qualname__ = 'Dialect'
_Dialect.__module__ = '_csv'


def _make_dialect(dialect, fmtparams):
    for k in fmtparams:
        if k not in _FIELDS:
            if _V313:
                raise TypeError(f"this function got an unexpected keyword argument '{k}'")
            raise TypeError(f"'{k}' is an invalid keyword argument for this function")
    return _Dialect(dialect, **fmtparams)


def _dialect_args(name, args, fmtparams):
    # reader(csvfile, dialect='excel', **fmtparams) with C's argument messages (which name no
    # function before 3.14).
    name = name if _V314 else ''
    if 'dialect' in fmtparams:
        if len(args) == 2:
            raise TypeError("argument for function given by name ('dialect') and position (1)")
        args = args + (fmtparams.pop('dialect'),)
    if len(args) > 2:
        raise TypeError(f'{name} expected at most 2 arguments, got {len(args)}')
    if len(args) == 0:
        raise TypeError(f'{name} expected at least 1 argument, got 0')
    return args[0], (args[1] if len(args) == 2 else _ABSENT)


class _Reader:
    # The state machine that splits lines into fields is native (_make_parser, as CPython's is C):
    # it takes each line and hands back the record once it is whole.
    __slots__ = ('_iter', '_dialect', '_parser', '_line_num')

    def __init__(self, it, dialect):
        object.__setattr__(self, '_iter', it)
        object.__setattr__(self, '_dialect', dialect)
        object.__setattr__(self, '_line_num', 0)
        object.__setattr__(self, '_parser', _make_parser(dialect, Error, _field_limit))

    def __setattr__(self, name, value):
        if name in ('dialect', 'line_num'):
            raise AttributeError('readonly attribute')
        raise AttributeError(f"'_csv.reader' object has no attribute '{name}'")

    @property
    def dialect(self):
        return self._dialect

    @property
    def line_num(self):
        return self._line_num

    def __iter__(self):
        return self

    def __next__(self):
        restart, take_line, at_end = self._parser
        restart()
        while True:
            try:
                line = next(self._iter)
            except StopIteration:
                line = _ABSENT
            if line is _ABSENT:
                # Outside the except: an error about the unfinished record has no context.
                fields = at_end()
                if fields is None:
                    raise StopIteration
                return fields
            if not isinstance(line, str):
                raise Error(f'iterator should return strings, not {_type_name(line)} '
                            '(the file should be opened in text mode)')
            object.__setattr__(self, '_line_num', self._line_num + 1)
            fields = take_line(line)
            if fields is not None:
                return fields


_Reader.__dir__ = _public_dir
_Reader.__name__ = _Reader.__qualname__ = 'reader'
_Reader.__module__ = '_csv'


def reader(*args, **fmtparams):
    csvfile, dialect = _dialect_args('reader', args, fmtparams)
    it = iter(csvfile)
    return _Reader(it, _make_dialect(dialect, fmtparams))


class _Writer:
    __slots__ = ('_write', '_dialect')

    def __init__(self, write, dialect):
        object.__setattr__(self, '_write', write)
        object.__setattr__(self, '_dialect', dialect)

    def __setattr__(self, name, value):
        if name == 'dialect':
            raise AttributeError('readonly attribute')
        raise AttributeError(f"'_csv.writer' object has no attribute '{name}'")

    @property
    def dialect(self):
        return self._dialect

    def _quoted(self, field):
        # Whether a field is quoted before looking at its characters.
        q = self._dialect._quoting
        if q == QUOTE_ALL:
            return True
        if q == QUOTE_NONNUMERIC:
            return not _is_number(field)
        if _V312 and q == QUOTE_STRINGS:
            return isinstance(field, str)
        if _V312 and q == QUOTE_NOTNULL:
            return field is not None
        return False

    def _join(self, text, quoted, parts, first):
        # The field's characters, escaped or quoted as the dialect says (native, as CPython's C).
        piece = _field_text(self._dialect, text, quoted, first, Error)
        if piece:
            parts.append(piece)

    def writerow(self, row):
        d = self._dialect
        try:
            it = iter(row)
        except TypeError:
            raise Error(f'iterable expected, not {_type_name(row)}') from None
        parts = []
        n = 0
        for field in it:
            quoted = self._quoted(field)
            if isinstance(field, str):
                text = field
            elif field is None:
                text = ''
            else:
                text = str(field)
            # 3.13: None cannot be quoted under QUOTE_STRINGS and QUOTE_NOTNULL.
            unquotable = d._quoting == QUOTE_NONE or (_V313 and field is None and d._quoting >= 4)
            if _V313 and text == '' and d._delimiter == ' ' and d._skipinitialspace:
                # An empty field between spaces would be skipped when read back.
                if unquotable:
                    raise Error('empty field must be quoted if delimiter is a space '
                                'and skipinitialspace is true')
                quoted = True
            self._join(text, quoted, parts, n == 0)
            n += 1
        if n > 0 and not parts:
            # A record of one empty field is written as "", else it would read as no record.
            if unquotable:
                raise Error('single empty field record must be quoted')
            parts = [d._quotechar, d._quotechar]
        parts.append(d._lineterminator)
        return self._write(''.join(parts))

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


_Writer.__dir__ = _public_dir
_Writer.__name__ = _Writer.__qualname__ = 'writer'
_Writer.__module__ = '_csv'


def _is_number(v):
    # PyNumber_Check: ints, floats, complex numbers and anything with __index__/__float__/__int__.
    if isinstance(v, (int, float, complex)):
        return True
    t = type(v)
    return hasattr(t, '__index__') or hasattr(t, '__float__') or hasattr(t, '__int__')


def writer(*args, **fmtparams):
    fileobj, dialect = _dialect_args('writer', args, fmtparams)
    write = getattr(fileobj, 'write', None)
    if write is None or not callable(write):
        raise TypeError('argument 1 must have a "write" method')
    return _Writer(write, _make_dialect(dialect, fmtparams))


def register_dialect(name, dialect=_ABSENT, **fmtparams):
    if not isinstance(name, str):
        raise TypeError('dialect name must be a string')
    _dialects[name] = _make_dialect(dialect, fmtparams)


def unregister_dialect(name):
    if name not in _dialects:
        raise Error('unknown dialect')
    del _dialects[name]


def get_dialect(name):
    try:
        return _dialects[name]
    except (KeyError, TypeError):
        raise Error('unknown dialect') from None


def list_dialects():
    return list(_dialects)


def field_size_limit(*args, **kwargs):
    if kwargs:
        if args or list(kwargs) != ['new_limit']:
            raise TypeError('field_size_limit() takes at most 1 argument (%d given)' % (len(args) + len(kwargs)))
        args = (kwargs['new_limit'],)
    if len(args) > 1:
        raise TypeError('field_size_limit() takes at most 1 argument (%d given)' % len(args))
    old = _field_limit[0]
    if args:
        if not isinstance(args[0], int):
            raise TypeError('limit must be an integer')
        _field_limit[0] = args[0]
    return old


class Dialect:
    """The settings readers and writers take: subclass it and set them (see excel, unix_dialect)."""
    # Facts: the settings, unset until a subclass gives them.
    _name = ""
    _valid = False
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None

    def __init__(self):
        # Only a subclass counts as a usable dialect; the base class stays invalid.
        if self.__class__ is not Dialect:
            self._valid = True
        self._validate()

    def _validate(self):
        try:
            _Dialect(self)
        except TypeError as e:
            if _V312:
                raise Error(str(e)) from None
            raise Error(str(e))


class excel(Dialect):
    """Excel's comma-separated files: minimal quoting, CRLF line ends."""
    # Facts: Excel's settings.
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\r\n'
    quoting = QUOTE_MINIMAL


register_dialect("excel", excel)


class excel_tab(excel):
    """Excel's tab-separated files."""
    delimiter = '\t'


register_dialect("excel-tab", excel_tab)


class unix_dialect(Dialect):
    """Every field quoted, LF line ends."""
    quoting = QUOTE_ALL
    lineterminator = '\n'
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False


register_dialect("unix", unix_dialect)


def _listed(fieldnames):
    # A one-shot iterator of field names is read once into a list (3.12+).
    if _V312 and fieldnames is not None and iter(fieldnames) is fieldnames:
        return list(fieldnames)
    return fieldnames


class DictReader:
    def __init__(self, f, fieldnames=None, restkey=None, restval=None, dialect="excel", *args, **kwds):
        self._fieldnames = _listed(fieldnames)
        self.restkey, self.restval = restkey, restval
        self.reader, self.dialect = reader(f, dialect, *args, **kwds), dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        # The header row is read when first asked for (or before the first record).
        if self._fieldnames is None:
            self._fieldnames = next(self.reader, None)
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, names):
        self._fieldnames = names

    def __next__(self):
        if not self.line_num:
            self.fieldnames
        row = next(self.reader)
        self.line_num = self.reader.line_num
        # blank lines give no record
        while not row:
            row = next(self.reader)
        names = self.fieldnames
        record = dict(zip(names, row))
        surplus = len(row) - len(names)
        if surplus > 0:
            record[self.restkey] = row[len(names):]
        elif surplus < 0:
            for key in names[len(row):]:
                record[key] = self.restval
        return record

    if _V312:
        __class_getitem__ = classmethod(types.GenericAlias)


class DictWriter:
    def __init__(self, f, fieldnames, restval="", extrasaction="raise", dialect="excel", *args, **kwds):
        self.fieldnames = _listed(fieldnames)
        self.restval = restval
        if _V312:
            extrasaction = extrasaction.lower()
        if extrasaction.lower() not in ("raise", "ignore"):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'" % extrasaction)
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        names = self.fieldnames
        return self.writerow(dict(zip(names, names)))

    def _dict_to_list(self, rowdict):
        # The row's values in fieldnames order (restval where missing); unknown keys refused or dropped.
        if self.extrasaction == "raise":
            unknown = rowdict.keys() - self.fieldnames
            if unknown:
                listed = ", ".join([repr(k) for k in unknown])
                raise ValueError("dict contains fields not in fieldnames: " + listed)
        fill = self.restval
        return (rowdict.get(name, fill) for name in self.fieldnames)

    def writerow(self, rowdict):
        values = self._dict_to_list(rowdict)
        return self.writer.writerow(values)

    def writerows(self, rowdicts):
        return self.writer.writerows(self._dict_to_list(d) for d in rowdicts)

    if _V312:
        __class_getitem__ = classmethod(types.GenericAlias)


# The Sniffer's patterns: a quoted field between two delimiters, at the start of a line, at the end
# of a line, and alone on a line; the first that occurs in the sample decides.
_QUOTED_PATTERNS = (
    r'(?P<delim>[^\w\n"\'])(?P<space> ?)(?P<quote>["\']).*?(?P=quote)(?P=delim)',
    r'(?:^|\n)(?P<quote>["\']).*?(?P=quote)(?P<delim>[^\w\n"\'])(?P<space> ?)',
    r'(?P<delim>[^\w\n"\'])(?P<space> ?)(?P<quote>["\']).*?(?P=quote)(?:$|\n)',
    r'(?:^|\n)(?P<quote>["\']).*?(?P=quote)(?:$|\n)',
)


def _most(counts):
    # The key counted most often, the first seen among equals.
    best = None
    for k, n in counts.items():
        if best is None or n > counts[best]:
            best = k
    return best


def _spaced(line, delim):
    # Whether every delimiter on the line is followed by a space.
    return line.count(delim) == line.count(delim + ' ')


class Sniffer:
    """Guess the dialect of a CSV sample, and whether its first row is a header."""

    def __init__(self):
        self.preferred = [',', '\t', ';', ' ', ':']

    def sniff(self, sample, delimiters=None):
        quotechar, doublequote, delimiter, skipinitialspace = \
            self._guess_quote_and_delimiter(sample, delimiters)
        if not delimiter:
            delimiter, skipinitialspace = self._guess_delimiter(sample, delimiters)
        if not delimiter:
            raise Error("Could not determine delimiter")

        class dialect(Dialect):
            # Facts: what every sniffed dialect shares.
            _name = "sniffed"
            lineterminator = '\r\n'
            quoting = QUOTE_MINIMAL

        dialect.doublequote = doublequote
        dialect.delimiter = delimiter
        dialect.quotechar = quotechar or '"'
        dialect.skipinitialspace = skipinitialspace
        return dialect

    def _guess_quote_and_delimiter(self, data, delimiters):
        import re
        found = []
        for pattern in _QUOTED_PATTERNS:
            found = list(re.finditer(pattern, data, re.DOTALL | re.MULTILINE))
            if found:
                break
        if not found:
            return ('', False, None, 0)
        quotes = {}
        delims = {}
        spaces = 0
        for m in found:
            q = m.group('quote')
            if q:
                quotes[q] = quotes.get(q, 0) + 1
            if 'delim' not in m.re.groupindex:
                continue
            d = m.group('delim')
            if d and (delimiters is None or d in delimiters):
                delims[d] = delims.get(d, 0) + 1
            if m.group('space'):
                spaces += 1
        quotechar = _most(quotes)
        if delims:
            delim = _most(delims)
            skipinitialspace = delims[delim] == spaces
            if delim == '\n':
                # A newline "delimiter" means a single column.
                delim = ''
        else:
            delim = ''
            skipinitialspace = 0
        # A quote inside a quoted field (three quotes between delimiters) means doubled quotes.
        d = re.escape(delim)
        doubled = re.compile(
            rf"(({d})|^)\W*{quotechar}[^{d}\n]*{quotechar}[^{d}\n]*{quotechar}\W*(({d})|$)",
            re.MULTILINE)
        return (quotechar, bool(doubled.search(data)), delim, skipinitialspace)

    def _guess_delimiter(self, data, delimiters):
        # The delimiter should occur about as often on every line: for each ASCII character, the
        # number of times per line that occurs on most lines (less the lines that differ) is its
        # mode; a character whose mode holds on enough lines is a candidate. Lines are read ten
        # at a time until there is one candidate.
        lines = [line for line in data.split('\n') if line]
        chunk = min(10, len(lines))
        rounds = 0
        freq = {}
        modes = {}
        delims = {}
        start, end = 0, chunk
        while start < len(lines):
            rounds += 1
            for line in lines[start:end]:
                for code in range(127):
                    c = chr(code)
                    per_line = freq.setdefault(c, {})
                    k = line.count(c)
                    per_line[k] = per_line.get(k, 0) + 1
            for c, per_line in freq.items():
                counts = list(per_line.items())
                if len(counts) == 1 and counts[0][0] == 0:
                    continue
                if len(counts) > 1:
                    top = counts[0]
                    for item in counts[1:]:
                        if item[1] > top[1]:
                            top = item
                    counts.remove(top)
                    modes[c] = (top[0], top[1] - sum(n for _, n in counts))
                else:
                    modes[c] = counts[0]
            total = float(min(chunk * rounds, len(lines)))
            consistency = 1.0
            while len(delims) == 0 and consistency >= 0.9:
                for c, (k, n) in modes.items():
                    if k > 0 and n > 0 and n / total >= consistency and (delimiters is None or c in delimiters):
                        delims[c] = (k, n)
                consistency -= 0.01
            if len(delims) == 1:
                delim = next(iter(delims))
                return (delim, _spaced(lines[0], delim))
            start = end
            end += chunk
        if not delims:
            return ('', 0)
        if len(delims) > 1:
            for d in self.preferred:
                if d in delims:
                    return (d, _spaced(lines[0], d))
        delim = max((v, k) for k, v in delims.items())[1]
        return (delim, _spaced(lines[0], delim))

    def has_header(self, sample):
        # Each column after the first row is typed (complex numbers, or else the length of its
        # strings); a column whose type is consistent votes for a header when the first row does
        # not fit it, against when it does.
        rows = reader(StringIO(sample), self.sniff(sample))
        header = next(rows)
        kinds = {i: None for i in range(len(header))}
        checked = 0
        for row in rows:
            if checked > 20:
                break
            checked += 1
            if len(row) != len(header):
                continue
            for col in list(kinds):
                try:
                    complex(row[col])
                    kind = complex
                except (ValueError, OverflowError):
                    kind = len(row[col])
                if kind != kinds[col]:
                    if kinds[col] is None:
                        kinds[col] = kind
                    else:
                        del kinds[col]
        votes = 0
        for col, kind in kinds.items():
            if isinstance(kind, int):
                votes += 1 if len(header[col]) != kind else -1
            else:
                try:
                    kind(header[col])
                except (ValueError, TypeError):
                    votes += 1
                else:
                    votes -= 1
        return votes > 0
