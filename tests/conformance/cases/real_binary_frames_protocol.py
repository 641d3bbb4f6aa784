"""A framed binary protocol: struct headers and records, crc32 and a truncated HMAC-SHA256 per
frame, tamper detection, and the frame shown as hex, base64, base32, base16, Ascii85 and BLAKE2b."""
import struct
import binascii
import base64
import hashlib
import hmac
from dataclasses import dataclass

MAGIC = b"LPL1"
HEADER = struct.Struct("!4sBBHI")   # magic, version, type, flags, payload length
RECORD = struct.Struct("<iHd")      # id, kind, value
KEY = b"shared-secret"


@dataclass
class Frame:
    version: int
    type: int
    flags: int
    payload: bytes

    def encode(self):
        head = HEADER.pack(MAGIC, self.version, self.type, self.flags, len(self.payload))
        body = head + self.payload
        crc = binascii.crc32(body)
        mac = hmac.new(KEY, body, hashlib.sha256).digest()[:8]
        return body + struct.pack("!I", crc) + mac

    @classmethod
    def decode(cls, raw):
        if len(raw) < HEADER.size + 12:
            raise ValueError(f"short frame: {len(raw)} bytes")
        magic, ver, typ, flags, n = HEADER.unpack_from(raw)
        if magic != MAGIC:
            raise ValueError(f"bad magic {magic!r}")
        body = raw[:HEADER.size + n]
        (crc,) = struct.unpack_from("!I", raw, HEADER.size + n)
        mac = raw[HEADER.size + n + 4:]
        if binascii.crc32(body) != crc:
            raise ValueError(f"crc mismatch {crc:#010x}")
        if not hmac.compare_digest(mac, hmac.new(KEY, body, hashlib.sha256).digest()[:8]):
            raise ValueError("bad mac")
        return cls(ver, typ, flags, raw[HEADER.size:HEADER.size + n])


def pack_records(records):
    return b"".join(RECORD.pack(*r) for r in records)


def unpack_records(payload):
    return [r for r in RECORD.iter_unpack(payload)]


records = [(1, 7, 3.5), (-2, 65535, -0.125), (300000, 0, 1e10)]
payload = pack_records(records)
frame = Frame(1, 2, 0b1010, payload)
raw = frame.encode()
print(HEADER.size, RECORD.size, len(payload), len(raw))
print(binascii.hexlify(raw[:16], " ", 4).decode())
print(raw.hex()[:40], raw[:12].hex(":"))
back = Frame.decode(raw)
print(back.version, back.type, bin(back.flags), unpack_records(back.payload))
print(base64.b64encode(raw[:20]).decode(), base64.urlsafe_b64encode(b"\xfb\xff\xfe").decode())
print(base64.b32encode(b"loopline").decode(), base64.b16decode(b"4C50"), base64.a85encode(b"hello")[:10])
tampered = bytearray(raw)
tampered[HEADER.size + 3] ^= 0xFF
for name, data in [("tampered", bytes(tampered)), ("short", raw[:10]), ("magic", b"XXXX" + raw[4:])]:
    try:
        Frame.decode(data)
    except ValueError as e:
        print(name, "->", e)
h = hashlib.sha256()
for chunk in (raw[i:i + 7] for i in range(0, len(raw), 7)):
    h.update(chunk)
print(h.hexdigest() == hashlib.sha256(raw).hexdigest(), hashlib.md5(b"abc").hexdigest(), hashlib.sha1(b"").hexdigest()[:12])
print(hashlib.blake2b(b"x", digest_size=8).hexdigest(), hashlib.sha256(b"abc").digest()[:4])
print(struct.pack(">h", -2), struct.unpack("<3B", b"\x01\x02\x03"), struct.calcsize("@ihq"), struct.calcsize("=ihq"))
try:
    struct.pack("!B", 300)
except struct.error as e:
    print("struct.error:", e)
print(binascii.unhexlify("deadbeef"), binascii.b2a_base64(b"ok"), hex(binascii.crc_hqx(b"abc", 0)))
print(int.from_bytes(raw[4:6], "big"), (1025).to_bytes(2, "little"), memoryview(raw)[4:8].tolist())
