"""readinto fills an array.array's own memory: BytesIO, a buffered file and an unbuffered one, with
whole items, an item covered in part (its other bytes kept) and a short read; then the errors of a
read-only target."""
import array
import io
import os

a = array.array("b", bytes(4))
print(io.BytesIO(b"abcdef").readinto(a), a)
a = array.array("i", [-1, -1])
print(io.BytesIO(b"abcdef").readinto(a), a)
a = array.array("d", [0.5, 1.5, 2.5])
print(io.BytesIO(b"\x00" * 8).readinto(a), a)
a = array.array("H", [7, 7, 7])
print(io.BytesIO(b"\x01\x02\x03").readinto(a), a)

with open("readinto_tmp.bin", "wb") as f:
    f.write(b"xyz123")
with open("readinto_tmp.bin", "rb") as f:
    a = array.array("B", bytes(4))
    print(f.readinto(a), a, f.tell())
    a = array.array("h", [5, 5])
    print(f.readinto(a), a, f.tell())
with open("readinto_tmp.bin", "rb", buffering=0) as f:
    a = array.array("h", [0] * 4)
    print(f.readinto(a), a)
with open("readinto_tmp.bin", "rb") as f:
    m = memoryview(bytearray(8)).cast("i")
    print(f.readinto(m), m.tolist())
    print(f.readinto(array.array("q")), f.tell())
os.remove("readinto_tmp.bin")

for target in (b"xx", "xx", memoryview(b"xx")):
    try:
        io.BytesIO(b"abc").readinto(target)
    except TypeError as e:
        print("BytesIO:", e)
closed = io.BytesIO(b"abc")
closed.close()
try:
    closed.readinto(array.array("b", [0]))
except ValueError as e:
    print("closed:", e)
