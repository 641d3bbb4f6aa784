# `zlib`, its checksums: crc32 (binascii's) and adler32, with CPython's argument checks. Compression
# itself (compress, decompress and their streaming objects) is not simulated: each says so when called.

import binascii as _binascii
from operator import index as _index
import _stdlib_native

crc32 = _binascii.crc32

MAX_WBITS = 15
DEFLATED = 8
DEF_MEM_LEVEL = 8
DEF_BUF_SIZE = 16384
Z_NO_COMPRESSION, Z_BEST_SPEED, Z_BEST_COMPRESSION, Z_DEFAULT_COMPRESSION = 0, 1, 9, -1
Z_DEFAULT_STRATEGY, Z_FILTERED, Z_HUFFMAN_ONLY, Z_RLE, Z_FIXED = 0, 1, 2, 3, 4
Z_NO_FLUSH, Z_PARTIAL_FLUSH, Z_SYNC_FLUSH, Z_FULL_FLUSH, Z_FINISH, Z_BLOCK, Z_TREES = 0, 1, 2, 3, 4, 5, 6


class error(Exception):
    pass


error.__module__ = 'zlib'


def adler32(data, value=1, /):
    """The Adler-32 checksum of data, continuing from value (1 to start)."""
    _binascii.crc32(data)  # the same bytes-like check and message as zlib's
    value = _index(value) & 0xFFFFFFFF
    low, high = value & 0xFFFF, value >> 16
    for byte in memoryview(data).tobytes():
        low = (low + byte) % 65521
        high = (high + low) % 65521
    return (high << 16) | low


def _not_simulated(name):
    def refused(*args, **kwargs):
        _stdlib_native.not_simulated(f'zlib.{name}')
    refused.__name__ = refused.__qualname__ = name
    return refused


compress = _not_simulated('compress')
decompress = _not_simulated('decompress')
compressobj = _not_simulated('compressobj')
decompressobj = _not_simulated('decompressobj')

# CPython writes the module in C: `<built-in function adler32>`.
from _stdlib_native import c_functions as _c_functions
_c_functions('zlib', globals(), 'adler32 compress decompress compressobj decompressobj')
del _c_functions
