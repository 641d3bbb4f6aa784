# zlib's checksums: crc32 and adler32 (running values, any bytes-like object, CPython's argument
# errors) and its constants; compressing is not simulated.
import zlib

data = b"The quick brown fox jumps over the lazy dog"
print(zlib.crc32(data), zlib.adler32(data), zlib.adler32(b""), zlib.crc32(b""))
running_crc, running_adler = 0, 1
for chunk in (data[:10], data[10:25], data[25:]):
    running_crc = zlib.crc32(chunk, running_crc)
    running_adler = zlib.adler32(chunk, running_adler)
print(running_crc == zlib.crc32(data), running_adler == zlib.adler32(data))
print(zlib.adler32(bytearray(b"abc"), 5), zlib.adler32(memoryview(b"xyz")[1:]), zlib.crc32(b"abc", 2**32 + 5))
print(zlib.adler32(memoryview(b"abcd").cast("H")), zlib.adler32(b"\xff" * 6000))
print(f"{zlib.crc32(b'hello'):08x}", zlib.MAX_WBITS, zlib.DEFLATED, zlib.Z_BEST_COMPRESSION, zlib.Z_DEFAULT_COMPRESSION)
for bad in [("text",), (b"x", "1"), (b"x", 1.5)]:
    try:
        zlib.adler32(*bad)
    except TypeError as e:
        print("TypeError:", e)
print(issubclass(zlib.error, Exception), zlib.error.__module__)
