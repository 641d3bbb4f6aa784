# `uuid`: the UUID class, and uuid4() from a generator seeded the same in every run, so a
# simulated program's ids are the same each time (CPython's come from os.urandom). uuid3 and
# uuid5 hash a namespace and a name, so they are the same as CPython's; uuid1 (clock and MAC
# address) is not simulated.
#
# A UUID is one 128-bit int; every other view (fields, bytes, text) is cut from it on demand.
# Bit layout, most significant first: time_low 32 | time_mid 16 | time_hi_version 16 |
# clock_seq_hi_variant 8 | clock_seq_low 8 | node 48.

import random as _random
import sys as _sys
from enum import Enum as _Enum

RESERVED_NCS, RFC_4122, RESERVED_MICROSOFT, RESERVED_FUTURE = [
    'reserved for NCS compatibility', 'specified in RFC 4122',
    'reserved for Microsoft compatibility', 'reserved for future definition']


class SafeUUID(_Enum):
    safe = 0
    unsafe = -1
    unknown = None


_ALL_ONES = (1 << 128) - 1
_HIGHEST_VERSION = 8 if _sys.version_info >= (3, 14) else 5
# The variant sits in the top bits of clock_seq_hi_variant, the version in the top nibble of
# time_hi_version; forcing a version clears both and sets variant 10x (RFC 4122).
_VERSION_SHIFT = 76
_VARIANT_SHIFT = 48
_STAMP_MASK = ~((0xf << _VERSION_SHIFT) | (0xc000 << _VARIANT_SHIFT))
_RFC_VARIANT_BIT = 0x8000 << _VARIANT_SHIFT

# (field, bit width, the wording of its range) for UUID(fields=...), in tuple order.
_FIELD_WIDTHS = ((32, 'a 32-bit'), (16, 'a 16-bit'), (16, 'a 16-bit'), (8, 'an 8-bit'), (8, 'an 8-bit'),
                 (48, 'a 48-bit'))

_bytes = bytes
_int = int


def _swap_le_head(raw):
    # bytes_le stores the first three fields little-endian; the rest is as in .bytes.
    return raw[3::-1] + raw[5:3:-1] + raw[7:5:-1] + raw[8:]


def _int_from_hex(text):
    for junk in ('urn:', 'uuid:'):
        text = text.replace(junk, '')
    digits = text.strip('{}').replace('-', '')
    if len(digits) != 32:
        raise ValueError('badly formed hexadecimal UUID string')
    return _int(digits, 16)


def _int_from_fields(fields):
    if len(fields) != 6:
        raise ValueError('fields is not a 6-tuple')
    value = 0
    for position, (part, (width, wording)) in enumerate(zip(fields, _FIELD_WIDTHS), 1):
        if not 0 <= part < 1 << width:
            raise ValueError('field %d out of range (need %s value)' % (position, wording))
        value = (value << width) | part
    return value


def _int_from_raw(raw, label):
    if len(raw) != 16:
        raise ValueError('%s is not a 16-char string' % label)
    return _int.from_bytes(raw, 'big')


class UUID:
    __slots__ = ('int', 'is_safe', '__weakref__')

    def __init__(self, hex=None, bytes=None, bytes_le=None, fields=None, int=None, version=None, *,
                 is_safe=SafeUUID.unknown):
        given = [x for x in (hex, bytes, bytes_le, fields, int) if x is not None]
        if len(given) != 1:
            raise TypeError('one of the hex, bytes, bytes_le, fields, or int arguments must be given')
        if hex is not None:
            value = _int_from_hex(hex)
        elif bytes_le is not None:
            if len(bytes_le) != 16:
                raise ValueError('bytes_le is not a 16-char string')
            value = _int_from_raw(_swap_le_head(bytes_le), 'bytes')
        elif bytes is not None:
            value = _int_from_raw(bytes, 'bytes')
        elif fields is not None:
            value = _int_from_fields(fields)
        else:
            value = int
        if not 0 <= value <= _ALL_ONES:
            raise ValueError('int is out of range (need a 128-bit value)')
        if version is not None:
            if not 1 <= version <= _HIGHEST_VERSION:
                raise ValueError('illegal version number')
            value = (value & _STAMP_MASK) | _RFC_VARIANT_BIT | (version << _VERSION_SHIFT)
        object.__setattr__(self, 'int', value)
        object.__setattr__(self, 'is_safe', is_safe)

    # Pickling and copying: the int, and is_safe's value when it is known.
    def __getstate__(self):
        state = {'int': self.int}
        if self.is_safe != SafeUUID.unknown:
            state['is_safe'] = self.is_safe.value
        return state

    def __setstate__(self, state):
        object.__setattr__(self, 'int', state['int'])
        safe = SafeUUID(state['is_safe']) if 'is_safe' in state else SafeUUID.unknown
        object.__setattr__(self, 'is_safe', safe)

    def __setattr__(self, name, value):
        raise TypeError('UUID objects are immutable')

    def _key_of(self, other):
        return other.int if isinstance(other, UUID) else None

    def __eq__(self, other):
        key = self._key_of(other)
        return NotImplemented if key is None else self.int == key

    def __lt__(self, other):
        key = self._key_of(other)
        return NotImplemented if key is None else self.int < key

    def __le__(self, other):
        key = self._key_of(other)
        return NotImplemented if key is None else self.int <= key

    def __gt__(self, other):
        key = self._key_of(other)
        return NotImplemented if key is None else self.int > key

    def __ge__(self, other):
        key = self._key_of(other)
        return NotImplemented if key is None else self.int >= key

    def __hash__(self):
        return hash(self.int)

    def __int__(self):
        return self.int

    def __str__(self):
        h = self.hex
        return '-'.join((h[:8], h[8:12], h[12:16], h[16:20], h[20:]))

    def __repr__(self):
        return f'{type(self).__name__}({str(self)!r})'

    @property
    def hex(self):
        return format(self.int, '032x')

    @property
    def urn(self):
        return 'urn:uuid:' + str(self)

    @property
    def bytes(self):
        return self.int.to_bytes(16, 'big')

    @property
    def bytes_le(self):
        return _swap_le_head(self.bytes)

    # Each field is a slice of the int: (lowest bit, width).
    def _bits(self, shift, width):
        return (self.int >> shift) & ((1 << width) - 1)

    @property
    def time_low(self):
        return self._bits(96, 32)

    @property
    def time_mid(self):
        return self._bits(80, 16)

    @property
    def time_hi_version(self):
        return self._bits(64, 16)

    @property
    def clock_seq_hi_variant(self):
        return self._bits(56, 8)

    @property
    def clock_seq_low(self):
        return self._bits(48, 8)

    @property
    def node(self):
        return self._bits(0, 48)

    @property
    def fields(self):
        return (self.time_low, self.time_mid, self.time_hi_version, self.clock_seq_hi_variant,
                self.clock_seq_low, self.node)

    @property
    def clock_seq(self):
        return self._bits(48, 14)

    @property
    def time(self):
        if _sys.version_info >= (3, 14):
            kind = self.version
            if kind == 7:
                # milliseconds since the epoch: the top 48 bits
                return self.int >> 80
            if kind == 6:
                # ordered high to low: time_low, time_mid, then 12 bits below the version
                return (self._bits(96, 32) << 28) | (self.time_mid << 12) | self._bits(64, 12)
        # version 1 order: low 32 bits first in the UUID, high 12 bits last
        return (self._bits(64, 12) << 48) | (self.time_mid << 32) | self.time_low

    @property
    def variant(self):
        top = self._bits(61, 3)
        if top < 4:
            return RESERVED_NCS
        if top < 6:
            return RFC_4122
        return RESERVED_MICROSOFT if top == 6 else RESERVED_FUTURE

    @property
    def version(self):
        if self.variant == RFC_4122:
            return self._bits(_VERSION_SHIFT, 4)
        return None


# The same ids in every run of a program.
_rng = _random.Random(0x5EED)


def uuid4():
    return UUID(int=_rng.getrandbits(128), version=4)


def _refuse(name):
    def refused(*args, **kwargs):
        raise NotImplementedError(f'uuid.{name}() is not simulated in Loopline (uuid4() is)')
    refused.__name__ = refused.__qualname__ = name
    return refused


uuid1 = _refuse('uuid1')


def _from_name(digester, prefix, name, version):
    # The name is hashed after the namespace's 16 bytes (`prefix`, which uuid3 and uuid5 read, where
    # CPython's traceback shows a namespace without them); a str name counts as its UTF-8 bytes.
    # Before 3.12 every name went through bytes(name, 'utf-8'), so only a str was accepted.
    if isinstance(name, str):
        name = name.encode('utf-8')
    elif _sys.version_info < (3, 12):
        raise TypeError('encoding without a string argument')
    head = digester(prefix + name).digest()[:16]
    return UUID(int=int.from_bytes(head, 'big'), version=version)


def uuid3(namespace, name):
    from hashlib import md5
    return _from_name(md5, namespace.bytes, name, 3)


def uuid5(namespace, name):
    from hashlib import sha1
    return _from_name(sha1, namespace.bytes, name, 5)

NAMESPACE_DNS = UUID('6ba7b810-9dad-11d1-80b4-00c04fd430c8')
NAMESPACE_URL = UUID('6ba7b811-9dad-11d1-80b4-00c04fd430c8')
NAMESPACE_OID = UUID('6ba7b812-9dad-11d1-80b4-00c04fd430c8')
NAMESPACE_X500 = UUID('6ba7b814-9dad-11d1-80b4-00c04fd430c8')
if _sys.version_info >= (3, 14):
    NIL = UUID(int=0)
    MAX = UUID(int=_ALL_ONES)
