# hashlib.file_digest over a binary file from where it stands (by name, a constructor or a
# callable; a small _bufsize), a BytesIO (its whole buffer), and the files it refuses; and the
# buffered file's readinto()/readinto1() it reads with: into a bytearray or memoryview, at the end,
# with a read-only buffer, after close, on a file opened for appending.
import hashlib, io
with open("d.bin", "wb") as f:
    f.write(bytes(range(256)) * 1000)
with open("d.bin", "rb") as f:
    print(hashlib.file_digest(f, "sha256").hexdigest())
with open("d.bin", "rb") as f:
    f.read(10)
    print(hashlib.file_digest(f, hashlib.md5).hexdigest(), f.tell())
with open("d.bin", "rb") as f:
    print(hashlib.file_digest(f, lambda: hashlib.blake2b(digest_size=8), _bufsize=1000).hexdigest())
b = io.BytesIO(b"hello world")
b.read(3)
print(hashlib.file_digest(b, "sha1").hexdigest(), b.tell())
for bad in (io.StringIO("x"), open("d.bin", "r"), open("d.bin", "ab")):
    try:
        hashlib.file_digest(bad, "md5")
    except ValueError as e:
        print("ValueError:", str(e).split(" is not")[1], type(bad).__name__)
try:
    hashlib.file_digest(io.BytesIO(b""), "nope")
except ValueError as e:
    print("ValueError:", e)
print(hashlib.file_digest(io.BytesIO(b""), "sha3_256").name)
f = open("d.bin", "rb")
try:
    f.readinto(b"xx")
except TypeError as e:
    print(e)
b = bytearray(5)
print(f.readinto(b), b)
a = memoryview(bytearray(8))
print(f.readinto(a), a.tobytes(), f.tell())
f.seek(-3, 2)
print(f.readinto(b), b, f.readinto(b), f.readinto1(bytearray(2)))
f.close()
try:
    f.readinto(b)
except ValueError as e:
    print(e)
w = open("d.bin", "ab")
try:
    w.readinto(b)
except Exception as e:
    print(type(e).__name__, e)
w.close()
import os
os.remove("d.bin")
print(os.path.exists("d.bin"))
