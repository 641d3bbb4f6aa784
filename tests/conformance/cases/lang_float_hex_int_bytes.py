# float.hex()/float.fromhex() exactly (rounding ties to even, subnormals, overflow) and int.to_bytes()/int.from_bytes() with CPython's defaults and errors.
for x in [1.0, -0.0, 0.0, 0.1, 5e-324, 1e308, float('inf'), float('-inf'), float('nan'), 3.5, 2.2250738585072014e-308, 1/3]:
    print(x.hex())
for s in ['0x1.0p+0', '  0X1.8p1  ', '-0x.8', '1', 'ff', '0x1p-1074', '0x1p-1075', '0x3p-1076', '0x1.fffffffffffff8p1023', '0x1.fffffffffffffp1023', 'inf', '-Infinity', 'nan', '0x1.00000000000008p0', '0x1.00000000000018p0', '0x_1', '', 'x', '0x1p', '1.', '.1', '0x1.p1', '0x1p+', '0x1p99999999999999999999', '0x1p-99999999999999999999']:
    try:
        print(repr(s), float.fromhex(s))
    except (ValueError, OverflowError) as e:
        print(repr(s), type(e).__name__, e)
try:
    float.fromhex(5)
except TypeError as e:
    print(e)
class F(float):
    pass
print(type(F.fromhex('0x1p1')), (2.5).fromhex('0x1'))
for n, args in [(1024, (2, 'big')), (1024, (2, 'little')), (-1, (2, 'big', True)), (255, ()), (0, (0,)), (256, (1,)), (-1, (1,)), (5, (1, 'middle')), (5, (-1,))]:
    try:
        print(n, args, n.to_bytes(*args[:2], **({'signed': args[2]} if len(args) > 2 else {})))
    except (ValueError, OverflowError) as e:
        print(n, args, type(e).__name__, e)
print(int.from_bytes(b'\x04\x00'), int.from_bytes(b'\x04\x00', 'little'), int.from_bytes(b'\xff\xff', 'big', signed=True), int.from_bytes([1, 2]), int.from_bytes(b''))
print((255).to_bytes(2, byteorder='little', signed=False), (-129).to_bytes(2, 'big', signed=True))
try:
    int.from_bytes(b'\x01', 'x')
except ValueError as e:
    print(e)
try:
    int.from_bytes(5)
except TypeError as e:
    print(e)
print(bool.from_bytes(b'\x01'), type(bool.from_bytes(b'\x00')))
