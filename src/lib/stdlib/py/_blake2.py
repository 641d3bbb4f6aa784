# `_blake2`: BLAKE2b and BLAKE2s (RFC 7693), the hashes hashlib.blake2b/blake2s return, with the
# keyed, salted, personalized and tree-hashing parameters. Written over Python ints: each of the 8
# state words is mixed by G over 12 (b: 64-bit words) or 10 (s: 32-bit words) rounds per block.

import sys as _sys

__all__ = ['blake2b', 'blake2s']

# The message word order of each round (RFC 7693 2.7); BLAKE2b's rounds 10 and 11 reuse 0 and 1.
_SIGMA = (
    (0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15),
    (14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3),
    (11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4),
    (7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8),
    (9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13),
    (2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9),
    (12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11),
    (13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10),
    (6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5),
    (10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0),
)

# The columns, then the diagonals, of the 4x4 working state.
_LANES = ((0, 4, 8, 12), (1, 5, 9, 13), (2, 6, 10, 14), (3, 7, 11, 15),
          (0, 5, 10, 15), (1, 6, 11, 12), (2, 7, 8, 13), (3, 4, 9, 14))


def _bytes_arg(value, what):
    if isinstance(value, str):
        raise TypeError('Strings must be encoded before hashing' if what == 'data' else
                        "a bytes-like object is required, not 'str'")
    try:
        return memoryview(value).tobytes()
    except TypeError:
        if what == 'data':
            raise TypeError('object supporting the buffer API required') from None
        raise TypeError(f"a bytes-like object is required, not '{type(value).__name__}'") from None


class _Blake2:
    """The state both variants share; a subclass gives the word size, rounds and limits."""

    __module__ = '_blake2'

    def __init__(self, data=b'', /, *, digest_size=None, key=b'', salt=b'', person=b'', fanout=1,
                 depth=1, leaf_size=0, node_offset=0, node_depth=0, inner_size=0, last_node=False,
                 usedforsecurity=True, string=None):
        cls = type(self)
        if digest_size is None:
            digest_size = cls.MAX_DIGEST_SIZE
        if node_offset < 0 or leaf_size < 0:
            raise ValueError('value must be positive')
        if not 1 <= digest_size <= cls.MAX_DIGEST_SIZE:
            if _sys.version_info >= (3, 14):
                raise ValueError(f'digest_size for {cls.__name__.capitalize()} must be between 1 and '
                                 f'{cls.MAX_DIGEST_SIZE} bytes, here it is {digest_size}')
            raise ValueError(f'digest_size must be between 1 and {cls.MAX_DIGEST_SIZE} bytes')
        salt = _bytes_arg(salt, 'salt')
        person = _bytes_arg(person, 'person')
        key = _bytes_arg(key, 'key')
        if len(salt) > cls.SALT_SIZE:
            raise ValueError(f'maximum salt length is {cls.SALT_SIZE} bytes')
        if len(person) > cls.PERSON_SIZE:
            raise ValueError(f'maximum person length is {cls.PERSON_SIZE} bytes')
        if not 0 <= fanout <= 255:
            raise ValueError('fanout must be between 0 and 255')
        if not 1 <= depth <= 255:
            raise ValueError('depth must be between 1 and 255')
        if leaf_size > 0xFFFFFFFF:
            raise OverflowError('leaf_size is too large')
        if node_offset >= 1 << (8 * cls._OFFSET_BYTES):
            raise OverflowError('node_offset is too large')
        if not 0 <= node_depth <= 255:
            raise ValueError('node_depth must be between 0 and 255')
        if not 0 <= inner_size <= cls.MAX_DIGEST_SIZE:
            raise ValueError(f'inner_size must be between 0 and is {cls.MAX_DIGEST_SIZE}')
        if len(key) > cls.MAX_KEY_SIZE:
            raise ValueError(f'maximum key length is {cls.MAX_KEY_SIZE} bytes')
        w = cls._WORD_BYTES
        params = bytearray(8 * w)
        params[0] = digest_size
        params[1] = len(key)
        params[2] = fanout
        params[3] = depth
        params[4:8] = leaf_size.to_bytes(4, 'little')
        params[8:8 + cls._OFFSET_BYTES] = node_offset.to_bytes(cls._OFFSET_BYTES, 'little')
        params[8 + cls._OFFSET_BYTES] = node_depth
        params[9 + cls._OFFSET_BYTES] = inner_size
        params[4 * w:4 * w + len(salt)] = salt
        params[6 * w:6 * w + len(person)] = person
        self._h = [iv ^ int.from_bytes(params[i * w:(i + 1) * w], 'little') for i, iv in enumerate(cls._IV)]
        self._digest_size = digest_size
        self._last_node = last_node
        self._buffer = bytearray()
        self._count = 0
        if key:
            self._buffer += key + bytes(cls.block_size - len(key))
        if string is not None:
            data = string
        self.update(data)

    @property
    def name(self):
        return type(self).__name__

    @property
    def digest_size(self):
        return self._digest_size

    def _compress(self, block, final):
        cls = type(self)
        bits = 8 * cls._WORD_BYTES
        mask = (1 << bits) - 1
        r1, r2, r3, r4 = cls._ROTATIONS
        # G's two halves: each adds in one of the lane's two message words, then rotates d and b.
        halves = ((0, r1, r2), (1, r3, r4))
        m = [int.from_bytes(block[i:i + cls._WORD_BYTES], 'little') for i in range(0, len(block), cls._WORD_BYTES)]
        v = self._h + list(cls._IV)
        v[12] ^= self._count & mask
        v[13] ^= self._count >> bits
        if final:
            v[14] ^= mask
            if self._last_node:
                v[15] ^= mask
        for rnd in range(cls._ROUNDS):
            s = _SIGMA[rnd % 10]
            for lane, (a, b, c, d) in enumerate(_LANES):
                va, vb, vc, vd = v[a], v[b], v[c], v[d]
                for word, rd, rb in halves:
                    va = (va + vb + m[s[2 * lane + word]]) & mask
                    vd ^= va
                    vd = ((vd >> rd) | (vd << (bits - rd))) & mask
                    vc = (vc + vd) & mask
                    vb ^= vc
                    vb = ((vb >> rb) | (vb << (bits - rb))) & mask
                v[a], v[b], v[c], v[d] = va, vb, vc, vd
        self._h = [self._h[i] ^ v[i] ^ v[i + 8] for i in range(8)]

    def update(self, data, /):
        self._buffer += _bytes_arg(data, 'data')
        size = type(self).block_size
        # The last block waits: it is compressed as the final one by digest().
        while len(self._buffer) > size:
            self._count += size
            self._compress(self._buffer[:size], False)
            del self._buffer[:size]

    def copy(self):
        twin = object.__new__(type(self))
        twin.__dict__.update(self.__dict__)
        twin._h = list(self._h)
        twin._buffer = bytearray(self._buffer)
        return twin

    def digest(self):
        twin = self.copy()
        size = type(self).block_size
        twin._count += len(twin._buffer)
        twin._compress(bytes(twin._buffer) + bytes(size - len(twin._buffer)), True)
        w = type(self)._WORD_BYTES
        out = b''.join(word.to_bytes(w, 'little') for word in twin._h)
        return out[:self._digest_size]

    def hexdigest(self):
        return self.digest().hex()

    def __repr__(self):
        return f'<_blake2.{type(self).__name__} object @ {hex(id(self))}>'


class blake2b(_Blake2):
    """Return a new BLAKE2b hash object."""

    SALT_SIZE = 16
    PERSON_SIZE = 16
    MAX_KEY_SIZE = 64
    MAX_DIGEST_SIZE = 64
    block_size = 128
    _WORD_BYTES = 8
    _OFFSET_BYTES = 8
    _ROUNDS = 12
    _ROTATIONS = (32, 24, 16, 63)
    # SHA-512's start words.
    _IV = (0x6a09e667f3bcc908, 0xbb67ae8584caa73b, 0x3c6ef372fe94f82b, 0xa54ff53a5f1d36f1,
           0x510e527fade682d1, 0x9b05688c2b3e6c1f, 0x1f83d9abfb41bd6b, 0x5be0cd19137e2179)


class blake2s(_Blake2):
    """Return a new BLAKE2s hash object."""

    SALT_SIZE = 8
    PERSON_SIZE = 8
    MAX_KEY_SIZE = 32
    MAX_DIGEST_SIZE = 32
    block_size = 64
    _WORD_BYTES = 4
    _OFFSET_BYTES = 6
    _ROUNDS = 10
    _ROTATIONS = (16, 12, 8, 7)
    # SHA-256's start words.
    _IV = (0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19)
