# `string`: the character constants, capwords, Template and Formatter.
import _string
import sys as _sys

digits = '0123456789'
octdigits = digits[:8]
hexdigits = digits + 'abcdefABCDEF'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = ascii_lowercase.upper()
ascii_letters = ascii_lowercase + ascii_uppercase
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
whitespace = ' \t\n\r\x0b\x0c'
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


def _is_ident_start(c):
    return c == '_' or ('a' <= c <= 'z') or ('A' <= c <= 'Z')


def _is_ident_char(c):
    return _is_ident_start(c) or ('0' <= c <= '9')


class _Chain:
    # The keyword arguments first, then the mapping (CPython's ChainMap(kws, mapping)).
    def __init__(self, kws, mapping):
        self.kws = kws
        self.mapping = mapping

    def __getitem__(self, name):
        if name in self.kws:
            return self.kws[name]
        return self.mapping[name]


_NO_MAPPING = {}
_DEFAULT_IDPATTERN = r'(?a:[_a-z][_a-z0-9]*)'
_IGNORECASE = 2
_VERBOSE = 64


class _LazyPattern:
    # Template.pattern, compiled (importing re) when a program first reads it, which then takes
    # this descriptor's place (as 3.14's does; 3.11-3.13 compile it at import). Until then Template
    # substitutes with a scanner of its own; each subclass compiles its pattern when it is made.
    def __get__(self, obj, cls=None):
        if cls is None:
            return self
        compiled = _compile(Template)
        Template.pattern = compiled
        return compiled


def _compile(cls):
    import re
    if 'pattern' in cls.__dict__ and cls is not Template:
        pattern = cls.pattern
    else:
        delim = re.escape(cls.delimiter)
        bid = cls.braceidpattern or cls.idpattern
        pattern = f"""
            {delim}(?:
              (?P<escaped>{delim})  |   # Escape sequence of two delimiters
              (?P<named>{cls.idpattern})       |   # delimiter and a Python identifier
              {{(?P<braced>{bid})}} |   # delimiter and a braced identifier
              (?P<invalid>)             # Other ill-formed delimiter exprs
            )
            """
    if cls.flags is None:
        cls.flags = _IGNORECASE
    return re.compile(pattern, cls.flags | _VERBOSE)


class Template:
    # $name substitution into a template string.

    delimiter = '$'
    idpattern = _DEFAULT_IDPATTERN
    braceidpattern = None
    # 3.14 leaves flags None until the pattern is compiled ("default: re.IGNORECASE").
    flags = None if _sys.version_info >= (3, 14) else _IGNORECASE
    pattern = _LazyPattern()

    def __init_subclass__(cls):
        super().__init_subclass__()
        cls.pattern = _compile(cls)

    def __init__(self, template):
        self.template = template

    def _scanned(self):
        # Template's own pattern (a subclass compiles its own): the scanner matches as it would.
        return type(self) is Template and isinstance(Template.__dict__.get('pattern'), _LazyPattern)

    def _scan(self, convert):
        # Calls convert(kind, name, start, end) for each delimiter, kind being 'escaped', 'named'
        # or 'invalid'; start..end is the whole match, as the pattern's match object spans it.
        s = self.template
        d = '$'
        out = []
        i = 0
        n = len(s)
        while i < n:
            if s[i] != d:
                out.append(s[i])
                i += 1
                continue
            j = i + len(d)
            if s.startswith(d, j):
                out.append(convert('escaped', None, i, j + len(d)))
                i = j + len(d)
                continue
            k = j
            if k < n and _is_ident_start(s[k]):
                k += 1
                while k < n and _is_ident_char(s[k]):
                    k += 1
                out.append(convert('named', s[j:k], i, k))
                i = k
                continue
            if j < n and s[j] == '{':
                k = s.find('}', j)
                name = s[j + 1:k] if k >= 0 else ''
                if name and _is_ident_start(name[0]) and all(_is_ident_char(c) for c in name):
                    out.append(convert('named', name, i, k + 1))
                    i = k + 1
                    continue
            out.append(convert('invalid', None, i, j))
            i = j
        return ''.join(out)

    def _matches(self):
        # (kind, name, start, end) of each match of the class's pattern.
        found = []
        if self._scanned():
            self._scan(lambda kind, name, start, end: found.append((kind, name, start, end)) or '')
            return found
        for mo in self.pattern.finditer(self.template):
            found.append(self._kind(mo))
        return found

    def _kind(self, mo):
        named = mo.group('named') or mo.group('braced')
        if named is not None:
            return ('named', named, mo.start(), mo.end())
        if mo.group('escaped') is not None:
            return ('escaped', None, mo.start(), mo.end())
        if mo.group('invalid') is not None:
            return ('invalid', None, mo.start('invalid'), mo.end())
        raise ValueError('Unrecognized named group in pattern', self.pattern)

    def _substitute(self, convert):
        if self._scanned():
            return self._scan(convert)

        def replace(mo):
            kind, name, start, end = self._kind(mo)
            return convert(kind, name, mo.start(), mo.end())
        return self.pattern.sub(replace, self.template)

    def _invalid(self, i):
        # Counted in the text before the bad delimiter, keeping line ends: the column is the
        # length of its last line.
        before = self.template[:i].splitlines(keepends=True)
        row, col = (len(before), len(before[-1])) if before else (1, 1)
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (row, col))

    def substitute(self, mapping=_NO_MAPPING, /, **kws):
        if mapping is _NO_MAPPING:
            mapping = kws
        elif kws:
            mapping = _Chain(kws, mapping)

        def convert(kind, name, start, end):
            if kind == 'named':
                return str(mapping[name])
            if kind == 'escaped':
                return self.delimiter
            # The invalid group matches empty, where the text after the delimiter starts.
            self._invalid(end)
        return self._substitute(convert)

    def safe_substitute(self, mapping=_NO_MAPPING, /, **kws):
        if mapping is _NO_MAPPING:
            mapping = kws
        elif kws:
            mapping = _Chain(kws, mapping)
        template = self.template

        def convert(kind, name, start, end):
            if kind == 'named':
                try:
                    return str(mapping[name])
                except KeyError:
                    return template[start:end]
            if kind == 'escaped':
                return self.delimiter
            return template[start:end]
        return self._substitute(convert)

    def is_valid(self):
        for kind, name, start, end in self._matches():
            if kind == 'invalid':
                return False
        return True

    def get_identifiers(self):
        ids = []
        for kind, name, start, end in self._matches():
            if kind == 'named' and name not in ids:
                ids.append(name)
        return ids


class Formatter:
    # str.format's machinery split into overridable steps (parse, get_field, get_value,
    # convert_field, format_field, check_unused_args), in the order CPython's Formatter calls them.
    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        seen = set()
        text = self._vformat(format_string, args, kwargs, seen, 2)[0]
        self.check_unused_args(seen, args, kwargs)
        return text

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth, auto_arg_index=0):
        # auto_arg_index is False once a field was numbered by hand: the two styles do not mix.
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        pieces = []
        for literal_text, field_name, format_spec, conversion in self.parse(format_string):
            if literal_text:
                pieces.append(literal_text)
            if field_name is None:
                continue
            if _sys.version_info >= (3, 14):
                # 3.14 numbers '{.attr}' and '{[0]}' too, and names the switch the right way round.
                first, _ = _string.formatter_field_name_split(field_name)
                automatic = first == ''
                manual = isinstance(first, int)
                to_manual = 'cannot switch from automatic field numbering to manual field specification'
            else:
                automatic = field_name == ''
                manual = field_name.isdigit()
                to_manual = 'cannot switch from manual field specification to automatic field numbering'
            if automatic:
                if auto_arg_index is False:
                    raise ValueError('cannot switch from manual field specification to automatic field numbering')
                field_name = str(auto_arg_index) + field_name
                auto_arg_index += 1
            elif manual:
                if auto_arg_index:
                    raise ValueError(to_manual)
                auto_arg_index = False
            value, key = self.get_field(field_name, args, kwargs)
            used_args.add(key)
            value = self.convert_field(value, conversion)
            # The spec may hold fields of its own ('{x:{w}}'), one level deeper.
            spec, auto_arg_index = self._vformat(
                format_spec, args, kwargs, used_args, recursion_depth - 1, auto_arg_index=auto_arg_index)
            pieces.append(self.format_field(value, spec))
        return ''.join(pieces), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError(f'Unknown conversion specifier {conversion!s}')

    def parse(self, format_string):
        return _string.formatter_parser(format_string)

    def get_field(self, field_name, args, kwargs):
        head, steps = _string.formatter_field_name_split(field_name)
        value = self.get_value(head, args, kwargs)
        for by_name, part in steps:
            value = getattr(value, part) if by_name else value[part]
        return value, head
