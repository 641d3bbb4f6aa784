"""hashlib: md5, sha1, sha224, sha256, sha384, sha512 and sha3_224/256/384/512 (digests computed by
stdlib/digests.ts and keccak.ts), shake_128/256 (HASHXOF: a digest of the length asked), blake2b and
blake2s (_blake2.py); pbkdf2_hmac over any of the OpenSSL ones."""

import sys as _sys
from _blake2 import blake2b, blake2s

_SIMULATED = ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512')
_SHA3 = ('sha3_224', 'sha3_256', 'sha3_384', 'sha3_512')
_XOF = ('shake_128', 'shake_256')

algorithms_guaranteed = frozenset(_SIMULATED + ('blake2b', 'blake2s') + _SHA3 + _XOF)
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
        twin = type(self)(self._name, b'')
        twin._data = bytearray(self._data)
        return twin

    def __repr__(self):
        return f'<{self._name} _hashlib.HASH object @ {hex(id(self))}>'


class HASHXOF(HASH):
    __module__ = '_hashlib'

    def digest(self, *args, **kwargs):
        return _xof(self._name, self._data, _index(_length('digest', args, kwargs)))

    def hexdigest(self, *args, **kwargs):
        return _xof(self._name, self._data, _index(_length('hexdigest', args, kwargs))).hex()


def _length(method, args, kwargs):
    # the C method's one argument, 'length', by position or name
    if args:
        return args[0]
    if 'length' in kwargs:
        return kwargs['length']
    raise TypeError(f"{method}() missing required argument 'length' (pos 1)")


def _index(n):
    if not isinstance(n, int):
        raise TypeError(f"'{type(n).__name__}' object cannot be interpreted as an integer")
    return n


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
        return (HASHXOF if name in _XOF else HASH)(name, args[0] if args else kwargs.get('string', b''))
    constructor.__name__ = constructor.__qualname__ = 'openssl_' + name
    return constructor


md5, sha1, sha224, sha256, sha384, sha512 = [_constructor(n) for n in _SIMULATED]
sha3_224, sha3_256, sha3_384, sha3_512 = [_constructor(n) for n in _SHA3]
shake_128, shake_256 = [_constructor(n) for n in _XOF]


def new(name, data=b'', **kwargs):
    if not isinstance(name, str):
        raise TypeError('name must be a string')
    key = name.lower()
    if key in _SIMULATED:
        return HASH(key, data)
    if name in ('blake2b', 'blake2s'):
        # Only by their exact names: OpenSSL does not know them, and hashlib's own lookup is exact.
        return globals()[name](data, **kwargs)
    if name in _SHA3 or name in _XOF:
        # only by their exact names, as OpenSSL's lookup fails and hashlib's own is exact
        return globals()[name](data, **kwargs)
    raise ValueError(f'unsupported hash type {name}')


class UnsupportedDigestmodError(ValueError):
    __module__ = '_hashlib'


def _key_bytes(data):
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    return bytes(_buffer(data))


def pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None):
    """PBKDF2 with HMAC (OpenSSL's, as CPython's): the digest by name, in any case."""
    password = _key_bytes(password)
    salt = _key_bytes(salt)
    iterations = _index(iterations)
    if dklen is not None:
        dklen = _index(dklen)
    name = hash_name.lower() if isinstance(hash_name, str) else hash_name
    if name not in _SIMULATED and name not in _SHA3:
        raise UnsupportedDigestmodError('[digital envelope routines] unsupported')
    if iterations < 1:
        raise ValueError('iteration value must be greater than 0.')
    if dklen is not None and dklen < 1:
        raise ValueError('key length must be greater than 0.')
    return _pbkdf2(name, password, salt, iterations, dklen)


pbkdf2_hmac.__module__ = '_hashlib'


def file_digest(fileobj, digest, /, *, _bufsize=2**18):
    """A digest object fed the whole of a binary file (or a BytesIO's buffer) from where it is now."""
    hasher = new(digest) if isinstance(digest, str) else digest()
    if hasattr(fileobj, 'getbuffer'):
        hasher.update(fileobj.getbuffer())
        return hasher
    binary_reader = hasattr(fileobj, 'readinto') and hasattr(fileobj, 'readable') and fileobj.readable()
    if not binary_reader:
        raise ValueError(f"'{fileobj!r}' is not a file-like object in binary reading mode.")
    chunk = bytearray(_bufsize)
    window = memoryview(chunk)
    while (got := fileobj.readinto(chunk)) != 0:
        hasher.update(window[:got])
    return hasher

# _hashlib's C constructors (OpenSSL's): `<built-in function openssl_md5>`.
from _stdlib_native import c_functions as _c_functions
_c_functions('_hashlib', globals(), '''md5=openssl_md5 sha1=openssl_sha1 sha224=openssl_sha224 sha256=openssl_sha256
    sha384=openssl_sha384 sha512=openssl_sha512 sha3_224=openssl_sha3_224 sha3_256=openssl_sha3_256
    sha3_384=openssl_sha3_384 sha3_512=openssl_sha3_512 shake_128=openssl_shake_128 shake_256=openssl_shake_256
    pbkdf2_hmac''')
del _c_functions
