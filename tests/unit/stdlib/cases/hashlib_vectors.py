# run: python
# Seeded vectors: md5, sha1, sha256 and sha512 of generated messages (lengths across the block
# and padding boundaries), fed whole and in pieces, against CPython 3.13.
import hashlib
import random

rng = random.Random(31337)
LENGTHS = list(range(0, 140)) + [183, 239, 240, 255, 256, 257, 1000, 4099]
for n in LENGTHS:
    data = bytes(rng.randrange(256) for _ in range(n))
    for name in ("md5", "sha1", "sha256", "sha512"):
        whole = hashlib.new(name, data)
        pieces = getattr(hashlib, name)()
        pos = 0
        while pos < n:
            step = rng.randrange(1, 70)
            pieces.update(bytearray(data[pos : pos + step]))
            pos += step
        assert pieces.digest() == whole.digest(), (name, n)
        print(n, name, whole.hexdigest())
