"""struct: packing values into bytes and back. The functions are natives (stdlib/struct.ts)."""

import sys as _sys


class error(Exception):
    pass


def iter_unpack(format, buffer, /):
    return iter(_iter_unpack(format, buffer))


class Struct:
    __module__ = '_struct'

    def __init__(self, format):
        self.size = calcsize(format)
        self.format = format if isinstance(format, str) else format.decode('latin-1')

    def pack(self, *values):
        return pack(self.format, *values)

    def pack_into(self, buffer, offset, /, *values):
        return pack_into(self.format, buffer, offset, *values)

    def unpack(self, buffer, /):
        return unpack(self.format, buffer)

    def unpack_from(self, buffer, offset=0):
        return unpack_from(self.format, buffer, offset)

    def iter_unpack(self, buffer, /):
        return iter_unpack(self.format, buffer)

    if _sys.version_info >= (3, 13):

        def __repr__(self):
            return 'Struct(%r)' % self.format


del _sys

# The C module _struct's: `<built-in function iter_unpack>`, and struct.pack.__module__ is '_struct'.
from _stdlib_native import c_functions as _c_functions
_c_functions('_struct', globals(), 'pack unpack calcsize pack_into unpack_from iter_unpack')
del _c_functions
