# `hmac`: RFC 2104 keyed hashing over hashlib's simulated digests (md5, sha1, sha256, sha512; the
# others are refused there by name), as CPython computes it without OpenSSL: the key padded (or
# first hashed when longer than the digest's block) and mixed into an inner and an outer hash.
# compare_digest is secrets.compare_digest (CPython's is the same function).

import hashlib as _hashlib
import sys as _sys
from secrets import compare_digest

trans_5C = bytes((x ^ 0x5C) for x in range(256))
trans_36 = bytes((x ^ 0x36) for x in range(256))

digest_size = None


def _constructor(digestmod):
    # A hash name, a constructor, or a module-like object with new().
    if callable(digestmod):
        return digestmod
    if isinstance(digestmod, str):
        return lambda d=b'': _hashlib.new(digestmod, d)
    return lambda d=b'': digestmod.new(d)


_ABSENT = object()


def _padded_key(key, size, make):
    # A key longer than a block is replaced by its digest; then zeros fill the block.
    if len(key) > size:
        key = make(key).digest()
    return bytes(key).ljust(size, b'\0')


class HMAC:
    """Keyed hash (RFC 2104) over one of hashlib's digests."""
    blocksize = 64

    __slots__ = ("_hmac", "_inner", "_outer", "block_size", "digest_size")

    def __init__(self, key, msg=None, digestmod=''):
        if not isinstance(key, (bytes, bytearray)):
            raise TypeError("key: expected bytes or bytearray, but got %r" % type(key).__name__)
        if not digestmod:
            word = 'parameter' if _sys.version_info < (3, 13) else 'argument'
            raise TypeError(f"Missing required {word} 'digestmod'.")
        # One frame down, as in CPython: its warnings name this line of hmac.py.
        self._setup(key, msg, digestmod)

    def _setup(self, key, msg, digestmod):
        make = _constructor(digestmod)
        self._hmac = None
        outer = self._outer = make()
        inner = self._inner = make()
        self.digest_size = inner.digest_size
        fallback = self.blocksize
        size = getattr(inner, 'block_size', _ABSENT)
        if size is _ABSENT:
            _warn('No block_size attribute on given digest object; Assuming %d.' % fallback)
            size = fallback
        elif size < 16:
            _warn('block_size of %d seems too small; using our default of %d.' % (size, fallback))
            size = fallback
        padded = _padded_key(key, size, make)
        self.block_size = size
        outer.update(padded.translate(trans_5C))
        inner.update(padded.translate(trans_36))
        if msg is not None:
            self.update(msg)

    @property
    def name(self):
        return f"hmac-{self._inner.name}"

    def update(self, msg):
        """Add msg to the hashed data."""
        self._inner.update(msg)

    def copy(self):
        """An independent HMAC in the same state."""
        cls = self.__class__
        twin = cls.__new__(cls)
        # CPython's copy sets digest_size but not block_size: reading it on a copy fails.
        twin.digest_size = self.digest_size
        twin._hmac = None
        twin._inner, twin._outer = self._inner.copy(), self._outer.copy()
        return twin

    def _current(self):
        final = self._outer.copy()
        final.update(self._inner.digest())
        return final

    def digest(self):
        """The MAC of the data so far, as bytes; more may still be added."""
        return self._current().digest()

    def hexdigest(self):
        """digest() as a string of hex digits."""
        return self._current().hexdigest()


def _warn(text):
    import warnings
    warnings.warn(text, RuntimeWarning, 3)


def new(key, msg=None, digestmod=''):
    """An HMAC object for key, fed msg if given."""
    return HMAC(key, msg, digestmod)


def digest(key, msg, digest):
    """The HMAC of msg under key, computed in one call."""
    make = _constructor(digest)
    inner, outer = make(), make()
    padded = _padded_key(key, getattr(inner, 'block_size', 64), make)
    inner.update(padded.translate(trans_36))
    outer.update(padded.translate(trans_5C))
    inner.update(msg)
    outer.update(inner.digest())
    return outer.digest()
