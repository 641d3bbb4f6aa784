# An array's buffer: what bytes(), bytearray(), memoryview() (format, itemsize, tolist), struct,
# bytes.join, frombytes and a binary file's write read from it; and a class of the program that
# defines __buffer__ (PEP 688), which bytes() and memoryview() honour from 3.12.
import array
import struct
import sys

a = array.array('i', [1, 258, -3])
print(bytes(a), bytearray(a), bytes(array.array('d', [0.5])), bytes(array.array('B')))
m = memoryview(a)
print(m.format, m.itemsize, m.nbytes, len(m), m.tolist(), m.readonly in (True, False), m[1], m.cast('B').tolist()[:5])
print(memoryview(array.array('f', [0.1])).tolist(), memoryview(array.array('Q', [2 ** 64 - 1])).format)
print(struct.unpack('<3i', a), struct.unpack_from('<h', array.array('h', [9, 10]), 2), b', '.join([array.array('B', b'ab'), b'c']))
b = array.array('B', b'xy')
b.frombytes(array.array('B', [65, 66]))
b.frombytes(bytearray(b'!'))
b.frombytes(memoryview(b'?'))
print(b)
try:
    b.frombytes(a)
except TypeError as e:
    print('TypeError', e)
with open('data.bin', 'wb') as f:
    print(f.write(a), f.write(array.array('H', [65535])))
with open('data.bin', 'rb') as f:
    print(f.read())
print(b'\x01\x00' in bytes(a), bytes(a).count(0), a.tobytes() == bytes(a), bytearray(b'x') + array.array('B', [33]))


class Blob:
    def __init__(self, data):
        self.data = data

    def __buffer__(self, flags):
        return memoryview(self.data)


for f in (lambda: bytes(Blob(b'raw')), lambda: memoryview(Blob(b'mv')).tobytes(), lambda: bytearray(Blob(b'ba'))):
    try:
        print(sys.version_info >= (3, 12), f())
    except TypeError as e:
        print(sys.version_info >= (3, 12), 'TypeError', e)
