# `codecs`: the codec registry's front door for the text encodings Loopline has (utf-8, utf-8-sig, ascii,
# latin-1, utf-16 and utf-32 with their -le/-be forms), on the same encoder and decoder as
# str.encode and bytes.decode: lookup() and its CodecInfo (name, encode, decode), encode/decode,
# getencoder/getdecoder, the byte order marks, and open() on the run's file system (a reader-writer
# that decodes what the binary file holds, as CPython's StreamReaderWriter does; no newline
# translation). Incremental and stream codec classes, register/register_error and the other
# codecs (cp1252, idna, the bytes-to-bytes ones...) are not simulated.

import builtins as _builtins
import sys as _sys

__all__ = ["lookup", "open", "BOM", "BOM_BE", "BOM_LE", "BOM32_BE", "BOM32_LE", "BOM64_BE", "BOM64_LE",
           "BOM_UTF8", "BOM_UTF16", "BOM_UTF16_LE", "BOM_UTF16_BE", "BOM_UTF32", "BOM_UTF32_LE", "BOM_UTF32_BE",
           "CodecInfo", "StreamReaderWriter", "getencoder", "getdecoder", "encode", "decode"]

BOM_UTF8 = b'\xef\xbb\xbf'
BOM_LE = BOM_UTF16_LE = b'\xff\xfe'
BOM_BE = BOM_UTF16_BE = b'\xfe\xff'
BOM_UTF32_LE = b'\xff\xfe\x00\x00'
BOM_UTF32_BE = b'\x00\x00\xfe\xff'
# The machine's own order (little-endian).
BOM = BOM_UTF16 = BOM_UTF16_LE
BOM_UTF32 = BOM_UTF32_LE
BOM32_LE, BOM32_BE = BOM_UTF16_LE, BOM_UTF16_BE
BOM64_LE, BOM64_BE = BOM_UTF32_LE, BOM_UTF32_BE


class CodecInfo(tuple):
    """What the registry knows of one codec: its four classic functions as a tuple, the rest by name."""

    _is_text_encoding = True

    def __new__(cls, encode, decode, streamreader=None, streamwriter=None, incrementalencoder=None,
                incrementaldecoder=None, name=None, *, _is_text_encoding=None):
        self = tuple.__new__(cls, (encode, decode, streamreader, streamwriter))
        # vars() lists the attributes in this order, as CPython's does.
        named = (('name', name), ('encode', encode), ('decode', decode),
                 ('incrementalencoder', incrementalencoder), ('incrementaldecoder', incrementaldecoder),
                 ('streamwriter', streamwriter), ('streamreader', streamreader))
        for attr, value in named:
            setattr(self, attr, value)
        if _is_text_encoding is not None:
            self._is_text_encoding = _is_text_encoding
        return self

    def __repr__(self):
        return "<%s.%s object for encoding %s at %#x>" % (
            self.__class__.__module__, self.__class__.__qualname__, self.name, id(self))


# Loopline's codecs by the names CPython's registry gives them, and the spellings that reach each
# (compared lowercased without '-', '_' or spaces, as str.encode does).
_NAMES = {
    'utf8': 'utf-8', 'u8': 'utf-8', 'utf': 'utf-8', 'cp65001': 'utf-8', 'utf8sig': 'utf-8-sig',
    'ascii': 'ascii', 'usascii': 'ascii', '646': 'ascii',
    'latin1': 'iso8859-1', 'latin': 'iso8859-1', 'iso88591': 'iso8859-1', 'l1': 'iso8859-1',
    '8859': 'iso8859-1', 'cp819': 'iso8859-1',
}
for _bits in ('16', '32'):
    for _order in ('', 'le', 'be'):
        _canonical = 'utf-' + _bits + ('-' + _order if _order else '')
        _NAMES['utf' + _bits + _order] = _canonical
    _NAMES['u' + _bits] = 'utf-' + _bits
del _bits, _order, _canonical

_CACHE = {}


def _make(name):
    function = name.replace('-', '_').replace('iso8859_1', 'latin_1')

    def encode(input, errors='strict'):
        if not isinstance(input, str):
            raise TypeError('%s_encode() argument 1 must be str, not %s' % (function, type(input).__name__))
        return input.encode(name, errors), len(input)

    def decode(input, errors='strict'):
        if isinstance(input, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        data = bytes(memoryview(input))
        return data.decode(name, errors), len(data)

    encode.__name__ = encode.__qualname__ = 'encode'
    decode.__name__ = decode.__qualname__ = 'decode'
    return CodecInfo(encode, decode, name=name)


def lookup(encoding, /):
    """Looks up a codec tuple in the Python codec registry and returns a CodecInfo object."""
    if not isinstance(encoding, str):
        raise TypeError('lookup() argument must be str, not %s' % type(encoding).__name__)
    key = encoding.lower().replace('-', '').replace('_', '').replace(' ', '')
    name = _NAMES.get(key)
    if name == 'utf-8-sig' and encoding.lower().replace('-', '_').replace(' ', '_') != 'utf_8_sig':
        name = None
    if name is None:
        # What str.encode says of it: unknown, or a codec CPython has and Loopline does not. One
        # that is no text encoding (rot13, hex, base64, zlib...) is in CPython's registry all the
        # same: codecs.encode/decode take it, so it is refused here rather than unknown.
        try:
            ''.encode(encoding)
        except LookupError as e:
            if 'is not a text encoding' in str(e):
                import _stdlib_native
                _stdlib_native.not_simulated(f'the {encoding!r} codec')
            raise
        raise LookupError('unknown encoding: %s' % encoding)
    info = _CACHE.get(name)
    if info is None:
        info = _CACHE[name] = _make(name)
    return info


def _through(kind, encoding, call):
    # 3.11 wraps a plain error of the codec ('encoding with 'utf-8' codec failed (TypeError: ...)'),
    # the original as its cause; later versions let it through.
    if _sys.version_info >= (3, 12):
        return call()
    try:
        return call()
    except (TypeError, LookupError, ValueError) as e:
        if type(e) not in (TypeError, LookupError, ValueError) or len(e.args) != 1:
            raise
        raise type(e)("%s with '%s' codec failed (%s: %s)" % (kind, encoding, type(e).__name__, e)) from e


def encode(obj, encoding='utf-8', errors='strict'):
    """Encodes obj using the codec registered for encoding."""
    info = lookup(encoding)
    return _through('encoding', encoding, lambda: info.encode(obj, errors))[0]


def decode(obj, encoding='utf-8', errors='strict'):
    """Decodes obj using the codec registered for encoding."""
    info = lookup(encoding)
    return _through('decoding', encoding, lambda: info.decode(obj, errors))[0]


def getencoder(encoding):
    return lookup(encoding).encode


def getdecoder(encoding):
    return lookup(encoding).decode


class StreamReaderWriter:
    """A file of text in an encoding, over a binary file: what codecs.open returns."""

    def __init__(self, stream, encoding, errors='strict'):
        self.stream = stream
        self.encoding = encoding
        self.errors = errors
        self._info = lookup(encoding)
        self._text = None
        self._wrote = False

    def _decoded(self):
        if self._text is None:
            self._text = self._info.decode(self.stream.read(), self.errors)[0]
        return self._text

    def read(self, size=-1):
        text = self._decoded()
        if size is None or size < 0:
            self._text = ''
            return text
        self._text = text[size:]
        return text[:size]

    def readline(self, size=None, keepends=True):
        text = self._decoded()
        lines = text.splitlines(True)
        if not lines:
            return ''
        line = lines[0]
        self._text = text[len(line):]
        return line if keepends else line.splitlines()[0] if line.splitlines() else ''

    def readlines(self, sizehint=None, keepends=True):
        return self.read().splitlines(keepends)

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if line:
            return line
        raise StopIteration

    def write(self, data):
        name = self._info.name
        if self._wrote and name in ('utf-16', 'utf-32'):
            # The byte order mark starts the stream only.
            name += '-le'
        self._wrote = True
        return self.stream.write(lookup(name).encode(data, self.errors)[0])

    def writelines(self, lines):
        self.write(''.join(lines))

    def __getattr__(self, name):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.stream.close()


def open(filename, mode='r', encoding=None, errors='strict', buffering=-1):
    """Open an encoded file using the given mode and return a wrapped version providing
    transparent encoding/decoding."""
    if _sys.version_info >= (3, 14):
        import warnings
        warnings.warn("codecs.open() is deprecated. Use open() instead.", DeprecationWarning, stacklevel=2)
    if encoding is not None and 'b' not in mode:
        mode = mode + 'b'
    file = _builtins.open(filename, mode, buffering)
    if encoding is None:
        return file
    try:
        return StreamReaderWriter(file, encoding, errors)
    except:
        file.close()
        raise

# The C module _codecs's: `<built-in function encode>`.
from _stdlib_native import c_functions as _c_functions
_c_functions('_codecs', globals(), 'lookup encode decode')
del _c_functions
