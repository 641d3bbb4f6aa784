"""hashlib: md5, sha1, sha224, sha256, sha384 and sha512 (digests computed by stdlib/digests.ts),
blake2b and blake2s (_blake2.py); the other algorithms CPython offers are refused by name."""

import sys as _sys
from _blake2 import blake2b, blake2s

_SIMULATED = ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512')
_REFUSED = ('sha3_224', 'sha3_256', 'sha3_384', 'sha3_512',
            'shake_128', 'shake_256')

algorithms_guaranteed = frozenset(_SIMULATED + ('blake2b', 'blake2s') + _REFUSED)
algorithms_available = algorithms_guaranteed


def _buffer(data):
    if isinstance(data, str):
        raise TypeError('Strings must be encoded before hashing')
    if isinstance(data, memoryview):
        # Its bytes as they are (any format), when they lie side by side.
        if not data.c_contiguous:
            raise BufferError('memoryview: underlying buffer is not C-contiguous')
        return data
    if not isinstance(data, (bytes, bytearray)):
        raise TypeError('object supporting the buffer API required')
    return data


class HASH:
    __module__ = '_hashlib'

    def __init__(self, name, data):
        self._name = name
        self._data = bytearray(_buffer(data))

    @property
    def name(self):
        return self._name

    @property
    def digest_size(self):
        return _digest_size(self._name)

    @property
    def block_size(self):
        return _block_size(self._name)

    def update(self, obj, /):
        self._data += _buffer(obj)

    def digest(self):
        return _digest(self._name, self._data)

    def hexdigest(self):
        return self.digest().hex()

    def copy(self):
        twin = HASH(self._name, b'')
        twin._data = bytearray(self._data)
        return twin

    def __repr__(self):
        return f'<{self._name} _hashlib.HASH object @ {hex(id(self))}>'


def _constructor(name):
    def constructor(*args, usedforsecurity=True, **kwargs):
        fname = constructor.__name__
        if len(args) > 1:
            raise TypeError(f'{fname}() takes at most 1 positional argument ({len(args)} given)')
        for key in kwargs:
            if key != 'string':
                if _sys.version_info < (3, 12):
                    raise TypeError(f"'{key}' is an invalid keyword argument for {fname}()")
                raise TypeError(f"{fname}() got an unexpected keyword argument '{key}'")
        if args and kwargs:
            raise TypeError(f"argument for {fname}() given by name ('string') and position (1)")
        return HASH(name, args[0] if args else kwargs.get('string', b''))
    constructor.__name__ = constructor.__qualname__ = 'openssl_' + name
    return constructor


md5, sha1, sha224, sha256, sha384, sha512 = [_constructor(n) for n in _SIMULATED]


def _refused(name):
    def refused(*args, **kwargs):
        _refuse(f'hashlib.{name}')
    refused.__name__ = refused.__qualname__ = name
    return refused


for _name in _REFUSED:
    globals()[_name] = _refused(_name)
del _name


def new(name, data=b'', **kwargs):
    if not isinstance(name, str):
        raise TypeError('name must be a string')
    key = name.lower()
    if key in _SIMULATED:
        return HASH(key, data)
    if name in ('blake2b', 'blake2s'):
        # Only by their exact names: OpenSSL does not know them, and hashlib's own lookup is exact.
        return globals()[name](data, **kwargs)
    if key in _REFUSED:
        _refused(key)()
    raise ValueError(f'unsupported hash type {name}')
