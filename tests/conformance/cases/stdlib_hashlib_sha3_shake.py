# hashlib's SHA-3 family: sha3_224/256/384/512 (one-shot, update, copy, new() by exact name, hmac),
# shake_128/256 (a digest of the length asked); sizes and names.
import hashlib
import hmac

for name in ("sha3_224", "sha3_256", "sha3_384", "sha3_512"):
    h = getattr(hashlib, name)()
    print(name, h.name, h.digest_size, h.block_size, h.hexdigest())
    for data in (b"abc", b"a" * 135, b"a" * 136, b"a" * 137, bytes(range(256)) * 3):
        print("  ", len(data), getattr(hashlib, name)(data).hexdigest())
h = hashlib.sha3_256()
h.update(b"hello ")
c = h.copy()
h.update(b"world")
c.update(b"there")
print(h.hexdigest() == hashlib.sha3_256(b"hello world").hexdigest(), c.hexdigest()[:16], type(c).__name__ == type(h).__name__)
print(hashlib.new("sha3_512", b"x").hexdigest()[:32], hashlib.sha3_256(string=b"kw").hexdigest()[:16])
for name in ("shake_128", "shake_256"):
    x = hashlib.new(name, b"The quick brown fox")
    print(name, x.name, x.digest_size, x.block_size, x.hexdigest(0), x.hexdigest(7), x.digest(40).hex())
    print("  ", getattr(hashlib, name)(b"").hexdigest(200)[-20:])
x = hashlib.shake_128(b"abc")
y = x.copy()
y.update(b"d")
print(x.hexdigest(16), y.hexdigest(16), hashlib.shake_128(b"abcd").hexdigest(16))
for bad in ("3", None):
    try:
        x.digest(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    x.digest()
except TypeError as e:
    print("TypeError:", e)
print(hmac.new(b"key", b"message", "sha3_256").hexdigest(), hmac.digest(b"k", b"m", hashlib.sha3_384).hex()[:24])
print(sorted(n for n in hashlib.algorithms_guaranteed if n.startswith(("sha3", "shake"))))
try:
    hashlib.new("SHA3_256")
except ValueError as e:
    print("ValueError:", e)
