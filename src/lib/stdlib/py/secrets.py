# `secrets`: tokens, choices and random numbers. CPython draws them from os.urandom, so no two runs
# agree; here they come from a generator seeded the same in every run (as uuid.uuid4's ids do), so a
# simulated program's tokens are the same each time. compare_digest is hmac's: equal or not, with
# its type rules.

import base64
import random as _random
from operator import index as _index

__all__ = ['choice', 'randbelow', 'randbits', 'token_bytes', 'token_hex', 'token_urlsafe', 'compare_digest']

DEFAULT_ENTROPY = 32

# The same draws in every run of a program.
_rng = _random.Random(0x5EC2E75)

randbits = _rng.getrandbits


def choice(seq):
    if not len(seq):
        raise IndexError('Cannot choose from an empty sequence')
    return seq[randbelow(len(seq))]


def randbelow(exclusive_upper_bound):
    if exclusive_upper_bound <= 0:
        raise ValueError("Upper bound must be positive.")
    # Draw as many bits as the bound has until the number is below it.
    k = exclusive_upper_bound.bit_length()
    r = _rng.getrandbits(k)
    while r >= exclusive_upper_bound:
        r = _rng.getrandbits(k)
    return r


def token_bytes(nbytes=None):
    if nbytes is None:
        nbytes = DEFAULT_ENTROPY
    n = _index(nbytes)
    if n < 0:
        raise ValueError("negative argument not allowed")
    return _rng.getrandbits(n * 8).to_bytes(n, 'little') if n else b''


def token_hex(nbytes=None):
    return token_bytes(nbytes).hex()


def token_urlsafe(nbytes=None):
    return base64.urlsafe_b64encode(token_bytes(nbytes)).rstrip(b'=').decode('ascii')


def _buffer(v):
    # The bytes of a bytes-like object, or the error CPython's buffer request raises.
    if isinstance(v, (bytes, bytearray, memoryview)):
        return bytes(v)
    raise TypeError(f"a bytes-like object is required, not '{type(v).__name__}'")


def compare_digest(a, b, /):
    if isinstance(a, str) and isinstance(b, str):
        if not (a.isascii() and b.isascii()):
            raise TypeError("comparing strings with non-ASCII characters is not supported")
        return a == b
    buffers = (bytes, bytearray, memoryview)
    if not isinstance(a, buffers) and not isinstance(b, buffers):
        raise TypeError("unsupported operand types(s) or combination of types: "
                        f"'{type(a).__name__}' and '{type(b).__name__}'")
    return _buffer(a) == _buffer(b)
