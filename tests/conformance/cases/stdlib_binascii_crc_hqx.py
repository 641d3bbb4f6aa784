# binascii.crc_hqx (CRC-CCITT, polynomial 0x1021, as XMODEM and BinHex use it): known check
# values, chaining over pieces, start values beyond 16 bits and negative ones, and argument errors.
import binascii
import random

print(hex(binascii.crc_hqx(b"123456789", 0)), hex(binascii.crc_hqx(b"123456789", 0xFFFF)), binascii.crc_hqx(b"", 0x1D0F))
rng = random.Random(16)
for n in (1, 2, 7, 31, 100):
    data = bytes(rng.randrange(256) for _ in range(n))
    whole = binascii.crc_hqx(data, 0)
    cut = n // 2
    chained = binascii.crc_hqx(data[cut:], binascii.crc_hqx(data[:cut], 0))
    print(n, whole, whole == chained, binascii.crc_hqx(bytearray(data), 0x12345), binascii.crc_hqx(memoryview(data), -1))
frame = b"\x01\x02payload"
crc = binascii.crc_hqx(frame, 0)
packet = frame + crc.to_bytes(2, "big")
print(packet.hex(), binascii.crc_hqx(packet, 0))
for args in [(b"x",), ("text", 0), (b"x", 1.5), (b"x", None)]:
    try:
        print(binascii.crc_hqx(*args))
    except TypeError as e:
        print("TypeError:", e)
