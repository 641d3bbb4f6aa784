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
# The encoder itself is native (_write_json, as CPython's is C): it hands the text's pieces to a list
# or a callable as it makes them, calling the encoder's default() for what it cannot encode.


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
            return _quote(o, self.ensure_ascii)
        if self.indent is not None and _sys.version_info < (3, 13):
            # CPython's encoder written in Python (its C one takes an indent from 3.13 on): its
            # generators' frames are not shown, where the C one's callers are.
            # With out None, _encode_into gives back the text its pieces make.
            text = self._encode_into(o, None)
            return text
        return ''.join(self.iterencode(o, _one_shot=True))

    def iterencode(self, o, _one_shot=False):
        if _one_shot and (self.indent is None or _sys.version_info >= (3, 13)):
            # CPython's C encoder, called from here: a traceback shows this frame. With out None,
            # _encode_into gives back the whole text.
            text = self._encode_into(o, None)
            # The C encoder gives the whole text as one piece, in a list (3.11) or a tuple (3.12
            # on), where CPython's Python encoder would give its pieces.
            return [text] if _sys.version_info < (3, 12) else (text,)
        return self._pieces(o)

    def _pieces(self, o):
        # CPython's encoder written in Python is a generator of the text's pieces. Here they are all
        # made at the first next() and then handed out, those made before an error ahead of it.
        pieces = []
        try:
            self._encode_into(o, pieces, True)
        except BaseException:
            yield from pieces
            raise
        yield from pieces

    def _encode_into(self, o, out, pieces=False):
        # o's text piece by piece to out (a list, fp.write, or None: returned whole); what was made
        # before an error has been given. pieces: cut as CPython's Python encoder cuts them.
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        return _write_json(self, indent, o, out, pieces)


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
    # The pieces go to fp.write as they are made, as CPython's generator hands them out: those made
    # before an error are written.
    if cls is None:
        cls = JSONEncoder
    encoder = cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
                  allow_nan=allow_nan, indent=indent, separators=separators, default=default,
                  sort_keys=sort_keys, **kw)
    if type(encoder).iterencode is JSONEncoder.iterencode:
        encoder._encode_into(obj, fp.write, True)
    else:
        for chunk in encoder.iterencode(obj):
            fp.write(chunk)


def load(fp, *, cls=None, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
         object_pairs_hook=None, **kw):
    return loads(fp.read(), cls=cls, object_hook=object_hook, parse_float=parse_float,
                 parse_int=parse_int, parse_constant=parse_constant,
                 object_pairs_hook=object_pairs_hook, **kw)


# ------------------------------------------------------------------ decoding

_blank = ' \t\n\r'


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
        # The native scanner takes the hooks now, as CPython's C one does.
        self.scan_once = _make_scanner(self, JSONDecodeError, _NoValue)

    def decode(self, s):
        obj, end = self.raw_decode(s, _skip_blank(s, 0))
        end = _skip_blank(s, end)
        if end != len(s):
            raise JSONDecodeError('Extra data', s, end)
        return obj

    def raw_decode(self, s, idx=0):
        try:
            value, end = self.scan_once(s, idx)
        except _NoValue as e:
            raise JSONDecodeError('Expecting value', s, e.pos) from None
        return value, end


_constants = {'-Infinity': float('-inf'), 'Infinity': float('inf'), 'NaN': float('nan')}
_default_decoder = JSONDecoder()


def _skip_blank(s, i):
    while i < len(s) and s[i] in _blank:
        i += 1
    return i


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
