# hashlib.blake2b and blake2s (RFC 7693): plain, keyed (MACs), salted and personalized digests, short
# digest sizes, tree-hashing parameters, incremental updates and copies, hashlib.new with keywords,
# the objects' attributes and the parameters' checks.
import hashlib
import random

rng = random.Random(2)
for cls in (hashlib.blake2b, hashlib.blake2s):
    print(cls.__name__, cls.SALT_SIZE, cls.PERSON_SIZE, cls.MAX_KEY_SIZE, cls.MAX_DIGEST_SIZE)
    for n in (0, 1, 3, cls().block_size - 1, cls().block_size, cls().block_size + 1, 2 * cls().block_size, 257):
        data = bytes(rng.randrange(256) for _ in range(n))
        print(n, cls(data).hexdigest()[:32], cls(data, digest_size=5).hexdigest(), cls(data, key=b"secret key").hexdigest()[:16],
              cls(data, salt=b"NaCl", person=b"app-v1").hexdigest()[:16],
              cls(data, fanout=2, depth=2, leaf_size=4096, node_offset=3, node_depth=1, inner_size=16, last_node=True).hexdigest()[:16],
              cls(data, key=b"K" * cls.MAX_KEY_SIZE, digest_size=cls.MAX_DIGEST_SIZE).hexdigest()[-8:])
h = hashlib.blake2b(digest_size=16)
parts = [b"chunk-%d " % i * (i + 1) for i in range(12)]
for i, p in enumerate(parts):
    h.update(p)
    if i % 4 == 3:
        print(i, h.copy().hexdigest())
print(h.hexdigest() == hashlib.blake2b(b"".join(parts), digest_size=16).hexdigest())
o = hashlib.new("blake2s", b"abc", digest_size=8)
print(o.name, o.digest_size, o.block_size, o.hexdigest(), type(o).__name__, type(o).__module__, hashlib.new("blake2b").digest_size)
try:
    hashlib.new("BLAKE2B")
except ValueError as e:
    print("ValueError:", e)
print(hashlib.blake2b(b"x", digest_size=8).hexdigest(), hashlib.blake2s(bytearray(b"y")).digest()[:4], hashlib.blake2b(memoryview(b"z")).hexdigest()[:8])
sig = hashlib.blake2b(b"payload", key=b"k1", digest_size=16).hexdigest()
print(sig, sig == hashlib.blake2b(b"payload", key=b"k2", digest_size=16).hexdigest())
print(sorted(n for n in hashlib.algorithms_guaranteed if n.startswith("blake")))
for kw in [dict(digest_size=0), dict(digest_size=65), dict(key=b"k" * 65), dict(salt=b"s" * 17), dict(person=b"p" * 17),
           dict(fanout=256), dict(depth=0), dict(node_depth=256)]:
    try:
        hashlib.blake2b(**kw)
    except ValueError as e:
        print(kw, "ValueError:", e)
for bad in ["text", 5]:
    try:
        hashlib.blake2s(bad)
    except TypeError as e:
        print("TypeError:", e)
