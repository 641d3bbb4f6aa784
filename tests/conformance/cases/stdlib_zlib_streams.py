# zlib as programs use it: compressing a log payload and printing sizes, containers (zlib, gzip,
# raw, automatic detection), Compress objects fed in pieces with sync and full flushes (a stream a
# reader can decode as it arrives), Decompress objects with max_length, unconsumed_tail,
# unused_data, eof, flush and copy, and preset dictionaries.
import zlib

log = b"".join(b"2024-05-01 12:%02d:%02d INFO request id=%d path=/api/items/%d status=200\n"
               % (i // 60 % 60, i % 60, i, i % 37) for i in range(1500))
print("payload", len(log), "crc32", zlib.crc32(log), "adler32", zlib.adler32(log))
for level in (0, 1, 6, 9):
    packed = zlib.compress(log, level)
    print(f"level {level}: {len(packed)} bytes ({len(packed) / len(log):.1%}) head {packed[:2].hex()}")
for wbits, name in ((15, "zlib"), (31, "gzip"), (-15, "raw"), (9, "small window")):
    packed = zlib.compress(log, 6, wbits)
    print(name, len(packed), packed[:4].hex(), packed[-4:].hex(), zlib.decompress(packed, wbits) == log)
print("auto", zlib.decompress(zlib.compress(b"auto", wbits=31), 47), zlib.decompress(zlib.compress(b"auto"), 32 + 15))
print("bufsize", len(zlib.decompress(zlib.compress(log), bufsize=1)), zlib.decompress(zlib.compress(b""), wbits=15))

# A sender that flushes after each message, and a receiver that decodes each as it comes.
sender = zlib.compressobj(6, zlib.DEFLATED, -15)
receiver = zlib.decompressobj(-15)
for i, msg in enumerate([b'{"op": "hello"}', b'{"op": "data", "n": 1}' * 20, b'{"op": "bye"}']):
    wire = sender.compress(msg) + sender.flush(zlib.Z_SYNC_FLUSH if i < 2 else zlib.Z_FULL_FLUSH)
    got = receiver.decompress(wire)
    print("message", i, len(msg), "->", len(wire), wire[-4:].hex(), got == msg)
tail = sender.flush()
print("finish", tail.hex(), receiver.decompress(tail), receiver.eof)

# Pieces of every size give the same stream as one call.
whole = zlib.compress(log, 6)
c = zlib.compressobj(6)
pieces = [c.compress(log[i:i + n]) for i, n in zip(range(0, len(log), 1000), [1000] * 200)]
print("pieces", [len(p) for p in pieces if p][:6], b"".join(pieces) + c.flush() == whole)
c = zlib.compressobj(9, zlib.DEFLATED, 15, 9, zlib.Z_FILTERED)
first = c.compress(log[:50000])
twin = c.copy()
rest_a = c.compress(log[50000:]) + c.flush()
rest_b = twin.compress(log[50000:]) + twin.flush()
print("copy", len(first), len(rest_a), rest_a == rest_b, zlib.decompress(first + rest_a) == log)
print("empty flushes", zlib.compressobj().flush(zlib.Z_NO_FLUSH),
      zlib.compressobj().flush(zlib.Z_SYNC_FLUSH), zlib.compressobj(wbits=-15).flush())

# Reading a stream in bounded steps.
stream = zlib.compress(log, 6) + b"TRAILER"
d = zlib.decompressobj()
chunks = []
data = stream[:3000]
while True:
    out = d.decompress(data, 4096)
    chunks.append(len(out))
    data = d.unconsumed_tail
    if not data:
        break
print("bounded", chunks, len(d.unconsumed_tail), d.eof)
out = d.decompress(stream[3000:], 100000)
print("rest", len(out), d.eof, d.unused_data, len(d.unconsumed_tail))
print("after end", d.decompress(b"more"), d.unused_data, d.unconsumed_tail, d.flush(), d.eof)
d = zlib.decompressobj()
first = d.decompress(stream[:2000])
copy = d.copy()
print("copy", len(first), len(d.decompress(stream[2000:])), len(copy.decompress(stream[2000:5000])), copy.eof, d.eof)
d = zlib.decompressobj()
part = d.decompress(stream[:500], 10)
print("flush", len(part), len(d.unconsumed_tail), len(d.flush()), d.eof, d.unconsumed_tail)
d = zlib.decompressobj()
for b in stream[:40]:
    d.decompress(bytes([b]))
print("byte by byte", d.eof, len(d.flush(1)), d.eof)

# Preset dictionaries: the header names the dictionary's adler32.
vocab = b'{"op": "data", "status": "ok", "items": [], "user": "'
c = zlib.compressobj(zdict=vocab)
msg = b'{"op": "data", "status": "ok", "user": "ana", "items": []}'
packed = c.compress(msg) + c.flush()
print("zdict", len(packed), len(zlib.compress(msg)), packed[:6].hex(), zlib.adler32(vocab).to_bytes(4, "big").hex())
print(zlib.decompressobj(zdict=vocab).decompress(packed) == msg,
      zlib.decompressobj(zdict=bytearray(vocab)).decompress(packed) == msg)
raw = zlib.compressobj(wbits=-15, zdict=vocab)
rpacked = raw.compress(msg) + raw.flush()
print("raw zdict", len(rpacked), zlib.decompressobj(-15, zdict=vocab).decompress(rpacked) == msg)
print(zlib.ZLIB_VERSION == zlib.ZLIB_RUNTIME_VERSION, type(c).__name__, type(d).__name__, type(c).__module__)
print(zlib.compress, zlib.Z_BEST_SPEED, zlib.Z_RLE, zlib.Z_FIXED, zlib.Z_TREES, zlib.DEF_BUF_SIZE)
