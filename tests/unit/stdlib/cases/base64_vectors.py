# run: python
# Seeded vectors: base64 and binascii on generated data and on generated (often malformed)
# encoded text, strict and lenient, against CPython 3.13.
import base64
import binascii
import random

rng = random.Random(77)
NOISE = b"AZaz09+/=-_ \n!*\xff"


def show(f, *args, **kw):
    try:
        return repr(f(*args, **kw))
    except (binascii.Error, ValueError, TypeError) as e:
        return f"{type(e).__name__}: {e}"


for n in range(150):
    data = bytes(rng.randrange(256) for _ in range(rng.randrange(20)))
    print(n, data.hex(), base64.b64encode(data), base64.urlsafe_b64encode(data), base64.b32encode(data),
          base64.b32hexencode(data), base64.b16encode(data), binascii.crc32(data), binascii.crc32(data, n * 7919))
    enc = bytearray(base64.b64encode(data))
    for _ in range(rng.randrange(4)):
        op = rng.randrange(3)
        at = rng.randrange(len(enc) + 1)
        if op == 0:
            enc.insert(at, rng.choice(NOISE))
        elif op == 1 and enc:
            del enc[at % len(enc)]
        elif enc:
            enc[at % len(enc)] = rng.choice(NOISE)
    text = bytes(enc)
    print(n, text, show(base64.b64decode, text), show(base64.b64decode, text, validate=True),
          show(base64.urlsafe_b64decode, text))
    b32 = bytearray(base64.b32encode(data))
    if b32 and rng.randrange(2):
        b32[rng.randrange(len(b32))] = rng.choice(b"AZ27=a1")
    print(n, show(base64.b32decode, bytes(b32)), show(base64.b32decode, bytes(b32), casefold=True))
    hexed = base64.b16encode(data)
    print(n, show(base64.b16decode, hexed.lower()), show(binascii.unhexlify, hexed[1:]))
