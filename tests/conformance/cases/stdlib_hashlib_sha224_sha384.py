# hashlib.sha224 and sha384 (SHA-256's and SHA-512's rounds from their own start words, cut short):
# digests of messages around the block and padding boundaries, incremental updates, copy, new(),
# their sizes, and HMAC over them.
import hashlib
import hmac

for n in (0, 1, 3, 55, 56, 63, 64, 65, 111, 112, 127, 128, 129, 200, 1000):
    data = bytes((i * 7 + n) % 256 for i in range(n))
    print(n, hashlib.sha224(data).hexdigest(), hashlib.sha384(data).hexdigest())
h = hashlib.sha384()
for part in (b"The quick brown fox ", b"jumps over ", b"the lazy dog"):
    h.update(part)
    c = h.copy()
    print(c.hexdigest()[:24])
print(h.hexdigest() == hashlib.sha384(b"The quick brown fox jumps over the lazy dog").hexdigest())
for name in ("sha224", "SHA384", "sha384"):
    o = hashlib.new(name, b"abc")
    print(name, o.name, o.digest_size, o.block_size, o.digest()[:6])
print(hashlib.sha224(string=b"x").hexdigest(), hashlib.sha384(bytearray(b"y")).hexdigest()[:16])
print(hmac.new(b"key", b"message", hashlib.sha384).hexdigest())
print(hmac.new(b"k" * 200, b"m", "sha224").hexdigest(), hmac.digest(b"key", b"msg", "sha384")[:8])
print(sorted(n for n in ("sha224", "sha384") if n in hashlib.algorithms_guaranteed))
