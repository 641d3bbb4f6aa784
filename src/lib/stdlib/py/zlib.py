# `zlib`: compression in the DEFLATE format, raw or in a zlib or gzip wrapper, and the checksums
# crc32 (binascii's) and adler32. The work is done by natives (stdlib/zlib.ts, with deflate.ts and
# inflate.ts), which give zlib's own bytes and messages; here are the argument checks and the
# Compress and Decompress objects.

import binascii as _binascii
import sys as _sys

crc32 = _binascii.crc32

MAX_WBITS = 15
DEFLATED = 8
DEF_MEM_LEVEL = 8
DEF_BUF_SIZE = 16384
Z_NO_COMPRESSION, Z_BEST_SPEED, Z_BEST_COMPRESSION, Z_DEFAULT_COMPRESSION = 0, 1, 9, -1
Z_DEFAULT_STRATEGY, Z_FILTERED, Z_HUFFMAN_ONLY, Z_RLE, Z_FIXED = 0, 1, 2, 3, 4
Z_NO_FLUSH, Z_PARTIAL_FLUSH, Z_SYNC_FLUSH, Z_FULL_FLUSH, Z_FINISH, Z_BLOCK, Z_TREES = 0, 1, 2, 3, 4, 5, 6

# The zlib CPython was built with where the recordings were made (Pyodide's for 3.14); the
# compressed bytes of both are the same.
__version__ = '1.0'
ZLIB_VERSION = ZLIB_RUNTIME_VERSION = '1.3.1' if _sys.version_info >= (3, 14) else '1.2.13'


class error(Exception):
    pass


error.__module__ = 'zlib'


def _cint(value):
    # a C int argument: anything with __index__, in range
    if not hasattr(type(value), '__index__'):
        raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer")
    n = type(value).__index__(value)
    if not -2**31 <= n < 2**31:
        raise OverflowError('Python int too large to convert to C int' if n > 0 else
                            'Python int too small to convert to C int')
    return n


def _ssize(value):
    if not hasattr(type(value), '__index__'):
        raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer")
    n = type(value).__index__(value)
    if not -2**63 <= n < 2**63:
        raise OverflowError('Python int too large to convert to C ssize_t')
    return n


def adler32(data, value=1, /):
    """The Adler-32 checksum of data, continuing from value (1 to start)."""
    _binascii.crc32(data)  # the same bytes-like check and message as zlib's
    return _adler32(data, _index(value) & 0xFFFFFFFF)


def _index(value):
    if not hasattr(type(value), '__index__'):
        raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer")
    return type(value).__index__(value)


def compress(data, /, level=Z_DEFAULT_COMPRESSION, wbits=MAX_WBITS):
    """Returns a bytes object containing compressed data."""
    return _compress(data, _cint(level), _cint(wbits))


def decompress(data, /, wbits=MAX_WBITS, bufsize=DEF_BUF_SIZE):
    """Returns a bytes object containing the uncompressed data."""
    return _decompress(data, _cint(wbits), _ssize(bufsize))


class _Compress:
    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 'zlib.Compress' instances")

    def compress(self, data, /):
        return _deflate(self._stream, data)

    def flush(self, mode=Z_FINISH, /):
        return _deflate_flush(self._stream, _cint(mode))

    def copy(self):
        twin = object.__new__(_Compress)
        twin._stream = _copy(self._stream)
        return twin

    def __copy__(self):
        return self.copy()

    def __deepcopy__(self, memo, /):
        return self.copy()


def _readonly():
    # the C type's members cannot be set
    raise AttributeError('readonly attribute')


class _Decompress:
    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 'zlib.Decompress' instances")

    unused_data = property(lambda self: _state(self._stream)[0], lambda self, v: _readonly())
    unconsumed_tail = property(lambda self: _state(self._stream)[1], lambda self, v: _readonly())
    eof = property(lambda self: _state(self._stream)[2], lambda self, v: _readonly())

    def decompress(self, data, /, max_length=0):
        return _inflate(self._stream, data, _ssize(max_length), False)

    def flush(self, length=DEF_BUF_SIZE, /):
        return _inflate(self._stream, None, _ssize(length), True)

    def copy(self):
        twin = object.__new__(_Decompress)
        twin._stream = _copy(self._stream)
        return twin

    def __copy__(self):
        return self.copy()

    def __deepcopy__(self, memo, /):
        return self.copy()


for _cls, _name in ((_Compress, 'Compress'), (_Decompress, 'Decompress')):
    _cls.__name__ = _cls.__qualname__ = _name
    _cls.__module__ = 'zlib'


def compressobj(level=Z_DEFAULT_COMPRESSION, method=DEFLATED, wbits=MAX_WBITS, memLevel=DEF_MEM_LEVEL,
                strategy=Z_DEFAULT_STRATEGY, zdict=None):
    """Return a compressor object."""
    args = [_cint(level), _cint(method), _cint(wbits), _cint(memLevel), _cint(strategy)]
    c = object.__new__(_Compress)
    c._stream = _deflate_new(*args, zdict)
    return c


_NO_DICT = object()


def decompressobj(wbits=MAX_WBITS, zdict=_NO_DICT):
    """Return a decompressor object."""
    wbits = _cint(wbits)
    if zdict is _NO_DICT:
        zdict = None
    else:
        try:
            memoryview(zdict)
        except TypeError:
            raise TypeError('zdict argument must support the buffer protocol') from None
    d = object.__new__(_Decompress)
    d._stream = _inflate_new(wbits, zdict)
    return d


from _stdlib_native import c_functions as _c_functions, c_types as _c_types

if _sys.version_info >= (3, 12):
    class _ZlibDecompressor:
        # 3.12's one-way decompressor (what gzip reads with): max_length -1 means no limit and 0
        # none at all; input the stream could not take yet waits here for the next call, and
        # needs_input says whether there is none left.
        def __new__(cls, wbits=MAX_WBITS, zdict=_NO_DICT):
            stream = _inflate_new(_cint(wbits), None if zdict is _NO_DICT else zdict)
            self = object.__new__(cls)
            self._stream, self._held, self._done, self._rest, self._hungry = stream, b'', False, b'', True
            return self

        eof = property(lambda self: self._done, lambda self, v: _readonly())
        unused_data = property(lambda self: self._rest, lambda self, v: _readonly())
        needs_input = property(lambda self: self._hungry, lambda self, v: _readonly())

        def decompress(self, data, max_length=-1):
            if self._done:
                raise EOFError('End of stream already reached')
            _binascii.crc32(data)  # the bytes-like check and message
            limit = _ssize(max_length)
            pending = self._held + bytes(data) if self._held else data
            if limit == 0:
                out, left = b'', bytes(pending)
            else:
                out = _inflate(self._stream, pending, max(limit, 0), False)
                self._rest, left, self._done = _state(self._stream)
            self._held = b'' if self._done else left
            self._hungry = not self._done and not self._held
            return out

    _ZlibDecompressor.__module__ = 'zlib'
    _c_types(_ZlibDecompressor)


# CPython writes the module in C: `<built-in function compress>`, and C types.
_c_functions('zlib', globals(), 'adler32 compress decompress compressobj decompressobj')
_c_types(_Compress, _Decompress)
del _c_functions, _c_types, _cls, _name
