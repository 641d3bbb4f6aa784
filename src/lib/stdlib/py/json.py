# `json`: dumps/loads (and JSONEncoder/JSONDecoder) with CPython's output text, its escapes, and
# its JSONDecodeError messages and positions; dump/load write and read a file object.
import sys as _sys


__all__ = ['dump', 'dumps', 'load', 'loads', 'JSONDecoder', 'JSONDecodeError', 'JSONEncoder']


class JSONDecodeError(ValueError):
    __module__ = 'json.decoder'

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        ValueError.__init__(self, '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos))
        self.msg, self.doc, self.pos = msg, doc, pos
        self.lineno, self.colno = lineno, colno

    def __reduce__(self):
        return type(self), (self.msg, self.doc, self.pos)


# ------------------------------------------------------------------ encoding

_short_escapes = {'"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f'}


def _escape_char(c, ascii_only):
    if c in _short_escapes:
        return _short_escapes[c]
    n = ord(c)
    if n < 0x20 or (ascii_only and n > 0x7e):
        if n >= 0x10000:
            # Outside the basic plane: a UTF-16 surrogate pair.
            n -= 0x10000
            return '\\u%04x\\u%04x' % (0xd800 | (n >> 10), 0xdc00 | (n & 0x3ff))
        return '\\u%04x' % n
    return c


def _encode_string(s, ascii_only):
    return '"' + ''.join(_escape_char(c, ascii_only) for c in s) + '"'


def _float_text(o, allow_nan):
    if o != o:
        text = 'NaN'
    elif o == float('inf'):
        text = 'Infinity'
    elif o == -float('inf'):
        text = '-Infinity'
    else:
        return float.__repr__(o)
    if not allow_nan:
        # 3.12 added the value to the message.
        raise ValueError('Out of range float values are not JSON compliant' +
                         (': ' + repr(o) if _sys.version_info >= (3, 12) else ''))
    return text


class JSONEncoder:
    __module__ = 'json.encoder'
    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
                 sort_keys=False, indent=None, separators=None, default=None):
        self.skipkeys, self.ensure_ascii, self.check_circular = skipkeys, ensure_ascii, check_circular
        self.allow_nan, self.sort_keys, self.indent = allow_nan, sort_keys, indent
        if separators is None:
            if indent is not None:
                self.item_separator = ','
        else:
            self.item_separator, self.key_separator = separators
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError(f'Object of type {o.__class__.__name__} is not JSON serializable')

    def encode(self, o):
        if isinstance(o, str):
            return _encode_string(o, self.ensure_ascii)
        if self.indent is not None and _sys.version_info < (3, 13):
            # CPython's encoder written in Python (its C one takes an indent from 3.13 on): its
            # generators' frames are not shown, where the C one's callers are.
            chunks = []
            self._encode_into(o, chunks)
            return ''.join(chunks)
        return ''.join(self.iterencode(o, _one_shot=True))

    def iterencode(self, o, _one_shot=False):
        chunks = []
        if _one_shot:
            # CPython's C encoder, called from here: a traceback shows this frame.
            self._encode_into(o, chunks)
        else:
            self._encode_into(o, chunks)
        return iter(chunks)

    def _encode_into(self, o, chunks):
        # Appends o's text to chunks piece by piece (what was made before an error stays there).
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        _Encoding(self, indent, chunks).value(o, 0)


def _note(exc, text):
    # From 3.14 the encoder notes on an error which item of which container it was encoding.
    if _sys.version_info >= (3, 14):
        exc.add_note(text)


class _Encoding:
    # One encode() call: the chunks written so far and the containers being encoded (for
    # check_circular).
    def __init__(self, encoder, indent, chunks):
        self.encoder = encoder
        self.indent = indent
        self.chunks = chunks
        self.markers = {} if encoder.check_circular else None

    def enter(self, o):
        if self.markers is not None:
            if id(o) in self.markers:
                raise ValueError('Circular reference detected')
            self.markers[id(o)] = o

    def leave(self, o):
        if self.markers is not None:
            del self.markers[id(o)]

    def value(self, o, level):
        enc = self.encoder
        out = self.chunks.append
        if isinstance(o, str):
            out(_encode_string(o, enc.ensure_ascii))
        elif o is None:
            out('null')
        elif o is True:
            out('true')
        elif o is False:
            out('false')
        elif isinstance(o, int):
            out(int.__repr__(o))
        elif isinstance(o, float):
            out(_float_text(o, enc.allow_nan))
        elif isinstance(o, (list, tuple)):
            self.array(o, level)
        elif isinstance(o, dict):
            self.object(o, level)
        else:
            self.enter(o)
            new = enc.default(o)
            try:
                self.value(new, level)
            except BaseException as exc:
                _note(exc, f'when serializing {type(o).__name__} object')
                raise
            self.leave(o)

    def open(self, bracket, level):
        # The opening bracket and, with an indent, the separator between items.
        if self.indent is None:
            self.chunks.append(bracket)
            return self.encoder.item_separator
        newline = '\n' + self.indent * (level + 1)
        self.chunks.append(bracket + newline)
        return self.encoder.item_separator + newline

    def close(self, bracket, level):
        if self.indent is not None:
            self.chunks.append('\n' + self.indent * level)
        self.chunks.append(bracket)

    def array(self, o, level):
        if not o:
            self.chunks.append('[]')
            return
        self.enter(o)
        separator = self.open('[', level)
        first = True
        for i, item in enumerate(o):
            if not first:
                self.chunks.append(separator)
            first = False
            try:
                self.value(item, level + 1)
            except BaseException as exc:
                _note(exc, f'when serializing {type(o).__name__} item {i}')
                raise
        self.close(']', level)
        self.leave(o)

    def key_text(self, key):
        enc = self.encoder
        if isinstance(key, str):
            return key
        if isinstance(key, float):
            return _float_text(key, enc.allow_nan)
        if key is True:
            return 'true'
        if key is False:
            return 'false'
        if key is None:
            return 'null'
        if isinstance(key, int):
            return int.__repr__(key)
        if enc.skipkeys:
            return None
        raise TypeError(f'keys must be str, int, float, bool or None, not {key.__class__.__name__}')

    def object(self, o, level):
        if not o:
            self.chunks.append('{}')
            return
        enc = self.encoder
        self.enter(o)
        separator = self.open('{', level)
        items = sorted(o.items()) if enc.sort_keys else o.items()
        first = True
        for key, value in items:
            key = self.key_text(key)
            if key is None:
                continue
            if not first:
                self.chunks.append(separator)
            first = False
            self.chunks.append(_encode_string(key, enc.ensure_ascii) + enc.key_separator)
            try:
                self.value(value, level + 1)
            except BaseException as exc:
                _note(exc, f'when serializing {type(o).__name__} item {key!r}')
                raise
        self.close('}', level)
        self.leave(o)


_default_encoder = JSONEncoder()

def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, cls=None,
          indent=None, separators=None, default=None, sort_keys=False, **kw):
    if (not skipkeys and ensure_ascii and check_circular and allow_nan and cls is None and indent is None
            and separators is None and default is None and not sort_keys and not kw):
        # CPython's shared encoder: a traceback shows this call apart from the one below.
        return _default_encoder.encode(obj)
    if cls is None:
        cls = JSONEncoder
    return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
               allow_nan=allow_nan, indent=indent, separators=separators, default=default,
               sort_keys=sort_keys, **kw).encode(obj)


def dump(obj, fp, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, cls=None,
         indent=None, separators=None, default=None, sort_keys=False, **kw):
    # The pieces go to fp.write as they come; those made before an error are written, as in CPython.
    if cls is None:
        cls = JSONEncoder
    encoder = cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
                  allow_nan=allow_nan, indent=indent, separators=separators, default=default,
                  sort_keys=sort_keys, **kw)
    chunks = []
    try:
        encoder._encode_into(obj, chunks)
    finally:
        for chunk in chunks:
            fp.write(chunk)


def load(fp, *, cls=None, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
         object_pairs_hook=None, **kw):
    return loads(fp.read(), cls=cls, object_hook=object_hook, parse_float=parse_float,
                 parse_int=parse_int, parse_constant=parse_constant,
                 object_pairs_hook=object_pairs_hook, **kw)


# ------------------------------------------------------------------ decoding

_blank = ' \t\n\r'
_string_escapes = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t'}
_hex = '0123456789abcdefABCDEF'
_digits = '0123456789'


class _NoValue(Exception):
    # Raised where a value was expected and none starts: JSONDecodeError "Expecting value" there.
    def __init__(self, pos):
        self.pos = pos


class JSONDecoder:
    __module__ = 'json.decoder'

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
                 strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _constants.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def decode(self, s):
        obj, end = self.raw_decode(s, _skip_blank(s, 0))
        end = _skip_blank(s, end)
        if end != len(s):
            raise JSONDecodeError('Extra data', s, end)
        return obj

    def raw_decode(self, s, idx=0):
        try:
            return _Parse(self, s).value(idx)
        except _NoValue as e:
            raise JSONDecodeError('Expecting value', s, e.pos) from None


_constants = {'-Infinity': float('-inf'), 'Infinity': float('inf'), 'NaN': float('nan')}
_default_decoder = JSONDecoder()


def _skip_blank(s, i):
    while i < len(s) and s[i] in _blank:
        i += 1
    return i


class _Parse:
    # One document being scanned; each method returns (value, index after it).
    def __init__(self, decoder, s):
        self.decoder = decoder
        self.s = s

    def value(self, i):
        s = self.s
        if i >= len(s):
            raise _NoValue(i)
        c = s[i]
        if c == '"':
            return self.string(i + 1)
        if c == '{':
            return self.object(i + 1)
        if c == '[':
            return self.array(i + 1)
        for word, result in (('null', None), ('true', True), ('false', False)):
            if s.startswith(word, i):
                return result, i + len(word)
        for word in ('NaN', 'Infinity', '-Infinity'):
            if s.startswith(word, i):
                return self.decoder.parse_constant(word), i + len(word)
        return self.number(i)

    def number(self, start):
        s = self.s
        i = start
        if i < len(s) and s[i] == '-':
            i += 1
        if i < len(s) and s[i] in '123456789':
            while i < len(s) and s[i] in _digits:
                i += 1
        elif i < len(s) and s[i] == '0':
            i += 1
        else:
            raise _NoValue(start)
        is_float = False
        if i + 1 < len(s) and s[i] == '.' and s[i + 1] in _digits:
            is_float = True
            i += 2
            while i < len(s) and s[i] in _digits:
                i += 1
        if i < len(s) and s[i] in 'eE':
            e = i + 1
            if e < len(s) and s[e] in '+-':
                e += 1
            if e < len(s) and s[e] in _digits:
                while e < len(s) and s[e] in _digits:
                    e += 1
                is_float = True
                i = e
        text = s[start:i]
        if is_float:
            return self.decoder.parse_float(text), i
        return self.decoder.parse_int(text), i

    def string(self, i):
        s = self.s
        begin = i - 1
        strict = self.decoder.strict
        parts = []
        while True:
            j = i
            while j < len(s) and s[j] != '"' and s[j] != '\\':
                if strict and s[j] < ' ':
                    raise JSONDecodeError('Invalid control character at', s, j)
                j += 1
            if j >= len(s):
                raise JSONDecodeError('Unterminated string starting at', s, begin)
            parts.append(s[i:j])
            if s[j] == '"':
                return ''.join(parts), j + 1
            j += 1
            if j >= len(s):
                raise JSONDecodeError('Unterminated string starting at', s, begin)
            esc = s[j]
            if esc != 'u':
                if esc not in _string_escapes:
                    raise JSONDecodeError('Invalid \\escape', s, j - 1)
                parts.append(_string_escapes[esc])
                i = j + 1
                continue
            code, i = self.hex4(j)
            if 0xd800 <= code <= 0xdbff and i + 6 < len(s) and s[i] == '\\' and s[i + 1] == 'u':
                low, after = self.hex4(i + 1)
                if 0xdc00 <= low <= 0xdfff:
                    code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00)
                    i = after
            parts.append(chr(code))

    def hex4(self, u):
        # Four hex digits after the 'u' at u; CPython wants one more character after them.
        s = self.s
        end = u + 5
        if end >= len(s) or any(c not in _hex for c in s[u + 1:end]):
            raise JSONDecodeError('Invalid \\uXXXX escape', s, u)
        return int(s[u + 1:end], 16), end

    def object(self, i):
        s = self.s
        pairs = []
        i = _skip_blank(s, i)
        if i < len(s) and s[i] == '}':
            i += 1
        else:
            while True:
                if i >= len(s) or s[i] != '"':
                    raise JSONDecodeError('Expecting property name enclosed in double quotes', s, i)
                key, i = self.string(i + 1)
                i = _skip_blank(s, i)
                if i >= len(s) or s[i] != ':':
                    raise JSONDecodeError("Expecting ':' delimiter", s, i)
                value, i = self.value(_skip_blank(s, i + 1))
                pairs.append((key, value))
                i = _skip_blank(s, i)
                if i < len(s) and s[i] == '}':
                    i += 1
                    break
                if i >= len(s) or s[i] != ',':
                    raise JSONDecodeError("Expecting ',' delimiter", s, i)
                comma = i
                i = _skip_blank(s, i + 1)
                # 3.13 names a trailing comma; before, the missing key or value is reported after it.
                if i < len(s) and s[i] == '}' and _sys.version_info >= (3, 13):
                    raise JSONDecodeError('Illegal trailing comma before end of object', s, comma)
        decoder = self.decoder
        if decoder.object_pairs_hook is not None:
            return decoder.object_pairs_hook(pairs), i
        obj = dict(pairs)
        if decoder.object_hook is not None:
            obj = decoder.object_hook(obj)
        return obj, i

    def array(self, i):
        s = self.s
        items = []
        i = _skip_blank(s, i)
        if i < len(s) and s[i] == ']':
            return items, i + 1
        while True:
            value, i = self.value(i)
            items.append(value)
            i = _skip_blank(s, i)
            if i < len(s) and s[i] == ']':
                return items, i + 1
            if i >= len(s) or s[i] != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, i)
            comma = i
            i = _skip_blank(s, i + 1)
            if i < len(s) and s[i] == ']' and _sys.version_info >= (3, 13):
                raise JSONDecodeError('Illegal trailing comma before end of array', s, comma)


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
          object_pairs_hook=None, **kw):
    if isinstance(s, str):
        if s.startswith('\ufeff'):
            raise JSONDecodeError('Unexpected UTF-8 BOM (decode using utf-8-sig)', s, 0)
    elif isinstance(s, bytes):
        if s[:3] == b'\xef\xbb\xbf':
            s = s[3:]
        s = s.decode('utf-8')
    else:
        raise TypeError(f'the JSON object must be str, bytes or bytearray, not {s.__class__.__name__}')
    if (cls is None and object_hook is None and parse_int is None and parse_float is None and
            parse_constant is None and object_pairs_hook is None and not kw):
        # CPython's shared decoder: a traceback shows this call apart from the one below.
        return _default_decoder.decode(s)
    # The hooks given join the other keywords, in this order, for the decoder class to take.
    hooks = (('object_hook', object_hook), ('object_pairs_hook', object_pairs_hook),
             ('parse_float', parse_float), ('parse_int', parse_int), ('parse_constant', parse_constant))
    kw.update((name, hook) for name, hook in hooks if hook is not None)
    if cls is None:
        cls = JSONDecoder
    return cls(**kw).decode(s)
