"""base64: Base64, Base32, Base16, Base85 and Ascii85 encodings of bytes (over binascii's natives)."""

import binascii

bytes_types = (bytes, bytearray)

MAXLINESIZE = 76
MAXBINSIZE = (MAXLINESIZE // 4) * 3


def _bytes_from_decode_data(s):
    if isinstance(s, str):
        if not s.isascii():
            raise ValueError('string argument should contain only ASCII characters')
        return s.encode('ascii')
    if isinstance(s, bytes_types):
        return s
    # Any other bytes-like object (a memoryview) as the bytes it shows.
    try:
        return memoryview(s).tobytes()
    except TypeError:
        raise TypeError("argument should be a bytes-like object or ASCII string, not %r"
                        % type(s).__name__) from None


def _to_bytes(s):
    if isinstance(s, bytes_types):
        return bytes(s)
    return memoryview(s).tobytes()


def b64encode(s, altchars=None):
    out = binascii.b2a_base64(s, newline=False)
    if altchars is None:
        return out
    assert len(altchars) == 2, repr(altchars)
    return out.translate(bytes.maketrans(b'+/', altchars))


def b64decode(s, altchars=None, validate=False):
    data = _bytes_from_decode_data(s)
    if altchars is not None:
        alt = _bytes_from_decode_data(altchars)
        assert len(alt) == 2, repr(alt)
        data = data.translate(bytes.maketrans(alt, b'+/'))
    return binascii.a2b_base64(data, strict_mode=validate)


def standard_b64encode(s):
    return b64encode(s)


def standard_b64decode(s):
    return b64decode(s)


# The URL-safe alphabet has '-' and '_' where the standard one has '+' and '/'.
_TO_URLSAFE = bytes.maketrans(b'+/', b'-_')
_FROM_URLSAFE = bytes.maketrans(b'-_', b'+/')


def urlsafe_b64encode(s):
    return b64encode(s).translate(_TO_URLSAFE)


def urlsafe_b64decode(s):
    return b64decode(_bytes_from_decode_data(s).translate(_FROM_URLSAFE))


_B32_ALPHABET = b'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
_B32HEX_ALPHABET = b'0123456789ABCDEFGHIJKLMNOPQRSTUV'
# The number of '=' a final group of 1 to 4 bytes ends with.
_B32_PADDING = {1: 6, 2: 4, 3: 3, 4: 1}


def _b32encode(alphabet, s):
    data = _to_bytes(s)
    tail = len(data) % 5
    if tail:
        data += bytes(5 - tail)
    out = bytearray()
    for start in range(0, len(data), 5):
        group = int.from_bytes(data[start:start + 5])
        for shift in range(35, -1, -5):
            out.append(alphabet[(group >> shift) & 31])
    if tail:
        pad = _B32_PADDING[tail]
        out[-pad:] = b'=' * pad
    return bytes(out)


def _b32decode(alphabet, s, casefold=False, map01=None):
    data = _bytes_from_decode_data(s)
    if len(data) % 8:
        raise binascii.Error('Incorrect padding')
    if map01 is not None:
        # '0' always reads as 'O'; '1' as the letter map01 names (I or L).
        one = _bytes_from_decode_data(map01)
        assert len(one) == 1, repr(one)
        data = data.translate(bytes.maketrans(b'01', b'O' + one))
    if casefold:
        data = data.upper()
    body = data.rstrip(b'=')
    padchars = len(data) - len(body)
    values = {c: i for i, c in enumerate(alphabet)}
    out = bytearray()
    group = 0
    for start in range(0, len(body), 8):
        group = 0
        for c in body[start:start + 8]:
            if c not in values:
                raise binascii.Error('Non-base32 digit found')
            group = (group << 5) + values[c]
        out += group.to_bytes(5)
    if padchars not in (0, 1, 3, 4, 6):
        raise binascii.Error('Incorrect padding')
    if padchars and out:
        last = (group << (5 * padchars)).to_bytes(5)
        out[-5:] = last[:(43 - 5 * padchars) // 8]
    return bytes(out)


def b32encode(s):
    return _b32encode(_B32_ALPHABET, s)


def b32decode(s, casefold=False, map01=None):
    return _b32decode(_B32_ALPHABET, s, casefold, map01)


def b32hexencode(s):
    return _b32encode(_B32HEX_ALPHABET, s)


def b32hexdecode(s, casefold=False):
    return _b32decode(_B32HEX_ALPHABET, s, casefold)


def b16encode(s):
    return binascii.hexlify(s).upper()


def b16decode(s, casefold=False):
    data = _bytes_from_decode_data(s)
    if casefold:
        data = data.upper()
    if data.translate(None, b'0123456789ABCDEF'):
        raise binascii.Error('Non-base16 digit found')
    return binascii.unhexlify(data)


def _input_type_check(s):
    try:
        view = memoryview(s)
    except TypeError as err:
        raise TypeError('expected bytes-like object, not %s' % type(s).__name__) from err
    if view.format not in ('c', 'b', 'B'):
        raise TypeError('expected single byte elements, not %r from %s' % (view.format, type(s).__name__))
    if view.ndim != 1:
        raise TypeError('expected 1-D data, not %d-D data from %s' % (view.ndim, type(s).__name__))


def encodebytes(s):
    _input_type_check(s)
    # Lines of 76 characters (57 bytes each), every one ending in a newline.
    return b''.join([binascii.b2a_base64(s[at:at + MAXBINSIZE]) for at in range(0, len(s), MAXBINSIZE)])


def decodebytes(s):
    _input_type_check(s)
    return binascii.a2b_base64(s)


# Ascii85 (btoa's and Adobe's): the same 4-byte words in base 85, with the digits '!' to 'u'; an
# all-zero word is written 'z' (and, with foldspaces, four spaces 'y') except in a cut short last group.
_A85START = b"<~"
_A85END = b"~>"


def a85encode(b, *, foldspaces=False, wrapcol=0, pad=False, adobe=False):
    """The Ascii85 form of b, as bytes."""
    data = memoryview(b).tobytes()
    padding = (-len(data)) % 4
    data += b'\0' * padding
    groups = []
    for i in range(0, len(data), 4):
        word = int.from_bytes(data[i:i + 4], 'big')
        if word == 0:
            groups.append(b'z')
        elif foldspaces and word == 0x20202020:
            groups.append(b'y')
        else:
            digits = bytearray(5)
            for k in range(4, -1, -1):
                word, d = divmod(word, 85)
                digits[k] = d + 33
            groups.append(bytes(digits))
    if padding and not pad:
        last = b'!!!!!' if groups[-1] == b'z' else groups[-1]
        groups[-1] = last[:len(last) - padding]
    out = b''.join(groups)
    if adobe:
        out = _A85START + out
    if wrapcol:
        width = max(2 if adobe else 1, wrapcol)
        lines = [out[i:i + width] for i in range(0, len(out), width)]
        if adobe and len(lines[-1]) + 2 > width:
            lines.append(b'')
        out = b'\n'.join(lines)
    if adobe:
        out += _A85END
    return out


def a85decode(b, *, foldspaces=False, adobe=False, ignorechars=b' \t\n\r\v'):
    """The bytes that the Ascii85 text b stands for."""
    data = _bytes_from_decode_data(b)
    if adobe:
        if not data.endswith(_A85END):
            raise ValueError("Ascii85 encoded byte sequences must end with {!r}".format(_A85END))
        data = data[2:-2] if data.startswith(_A85START) else data[:-2]
    out = bytearray()
    group = []
    for c in data + b'uuuu':
        if 33 <= c <= 117:
            group.append(c - 33)
            if len(group) == 5:
                acc = 0
                for d in group:
                    acc = acc * 85 + d
                if acc > 0xFFFFFFFF:
                    raise ValueError('Ascii85 overflow')
                out += acc.to_bytes(4, 'big')
                group.clear()
        elif c == 122:
            if group:
                raise ValueError('z inside Ascii85 5-tuple')
            out += b'\0\0\0\0'
        elif foldspaces and c == 121:
            if group:
                raise ValueError('y inside Ascii85 5-tuple')
            out += b'    '
        elif c in ignorechars:
            continue
        else:
            raise ValueError('Non-Ascii85 digit found: %c' % c)
    cut = 4 - len(group)
    if cut:
        del out[len(out) - cut:]
    return bytes(out)


# Base85 (RFC 1924's alphabet, as git and Mercurial use it): each 4-byte big-endian word becomes
# 5 digits in base 85, most significant first; a short last group is zero-padded, then cut.
_B85_ALPHABET = (b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
                 b"abcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~")
_B85_VALUES = {c: i for i, c in enumerate(_B85_ALPHABET)}


def b85encode(b, pad=False):
    """The base85 (RFC 1924 alphabet) form of b, as bytes."""
    data = memoryview(b).tobytes()
    padding = (-len(data)) % 4
    data += b'\0' * padding
    out = bytearray()
    for i in range(0, len(data), 4):
        word = int.from_bytes(data[i:i + 4], 'big')
        digits = bytearray(5)
        for k in range(4, -1, -1):
            word, digits[k] = divmod(word, 85)
        out += bytes(_B85_ALPHABET[d] for d in digits)
    if padding and not pad:
        del out[len(out) - padding:]
    return bytes(out)


def b85decode(b):
    """The bytes that the base85 text b stands for."""
    data = _bytes_from_decode_data(b)
    padding = (-len(data)) % 5
    data += b'~' * padding
    out = bytearray()
    for i in range(0, len(data), 5):
        acc = 0
        for j, c in enumerate(data[i:i + 5]):
            value = _B85_VALUES.get(c)
            if value is None:
                raise ValueError('bad base85 character at position %d' % (i + j))
            acc = acc * 85 + value
        if acc > 0xFFFFFFFF:
            raise ValueError('base85 overflow in hunk starting at byte %d' % i)
        out += acc.to_bytes(4, 'big')
    if padding:
        del out[len(out) - padding:]
    return bytes(out)
