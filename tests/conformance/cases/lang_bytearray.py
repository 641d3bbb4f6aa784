# bytearray basics: construction, indexing, slicing, item and slice assignment, append/extend/+=, pop, decode, hex, bytes(), equality with bytes, repr and CPython's errors.
b = bytearray(b'hello')
print(b, repr(b), len(b), b[0], b[1:3], b[-1], list(b)[:2], bytes(b), b == b'hello', b'hello' == b, b != b'x')
b.append(33)
b.extend([32, 65])
b.extend(b'BC')
b += b'!!'
b += bytearray(b'?')
print(b, type(b[1:3]).__name__, b.decode(), b.hex())
b[0] = 72
b[1:3] = b'EY'
del b[-1]
print(b, b.pop(), b.pop(0), b, 72 in b, b'Y' in b)
print(bytearray(), bytearray(3), bytearray([1, 2, 255]), bytearray('héllo', 'utf-8'), bytearray(range(3)))
print(b + b'x', type(b + b'x').__name__, b'x' + b, type(b'x' + b).__name__)
print(bytearray(b'a\x00\'"\n'), isinstance(b, bytearray), isinstance(b, bytes))
c = b.copy(); c.clear(); print(c, b[:2])
for bad in [lambda: bytearray([300]), lambda: bytearray('x'), lambda: b.append(256), lambda: b.__setitem__(0, -1), lambda: hash(b), lambda: bytearray(-1), lambda: b[100], lambda: bytearray(b'').pop(), lambda: {b: 1}]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
