"""Guard for uuid.UUID: every way in (hex forms, bytes, bytes_le, fields, int) and every field out,
the range and length errors in the order they are checked, the version argument (1-5 up to 3.13,
1-8 from 3.14), the variant bits, time by version, comparisons with other types, hashing,
immutability, copying, and the namespace constants."""
import copy
import pickle
import sys
import uuid

samples = [
    uuid.UUID("a8098c1a-f86e-11da-bd1a-00112444be1e"),
    uuid.UUID("{6FA459EA-EE8A-3CA4-894E-DB77E160355E}"),
    uuid.UUID("urn:uuid:886313e1-3b8a-5372-9b90-0c9aee199e5d"),
    uuid.UUID("1ec9414c232a6b00b3c89e6bdeced846"),
    uuid.UUID("017f22e2-79b0-7cc3-98c4-dc0c0c07398f"),
    uuid.UUID(int=0),
    uuid.UUID(int=(1 << 128) - 1),
    uuid.UUID(int=0x0123456789ABCDEF0123456789ABCDEF),
]
for u in samples:
    print(u, u.version, u.variant, u.time_low, u.time_mid, u.time_hi_version)
    print("  ", u.clock_seq_hi_variant, u.clock_seq_low, u.clock_seq, u.node, u.time, u.hex, u.urn)
    print("  ", u.bytes.hex(), u.bytes_le.hex(), int(u) == u.int, u.fields)
    again = [uuid.UUID(bytes=u.bytes), uuid.UUID(bytes_le=u.bytes_le), uuid.UUID(fields=u.fields),
             uuid.UUID(hex=u.hex), uuid.UUID(int=u.int)]
    print("   round trips:", all(x == u for x in again), all(hash(x) == hash(u) for x in again))

base = samples[2]
for version in [1, 2, 3, 4, 5, 6, 7, 8, 0, 9]:
    try:
        v = uuid.UUID(int=base.int, version=version)
        print("version", version, v, v.version, v.variant)
    except ValueError as e:
        print("version", version, "ValueError:", e)
print(uuid.UUID(int=0, version=4), uuid.UUID(int=(1 << 128) - 1, version=1))
print(uuid.UUID(bytes=bytes(range(16)), version=3), uuid.UUID(hex="0" * 32, version=5).variant)

bad_inputs = [
    dict(hex="12345678-1234-5678-1234-56781234567"),
    dict(hex="{{12345678123456781234567812345678}}"),
    dict(bytes=b"short"),
    dict(bytes=bytes(17)),
    dict(bytes_le=b"x" * 15),
    dict(fields=(1, 2, 3, 4, 5)),
    dict(fields=(1 << 32, 0, 0, 0, 0, 0)),
    dict(fields=(0, 1 << 16, 0, 0, 0, 0)),
    dict(fields=(0, 0, -1, 0, 0, 0)),
    dict(fields=(0, 0, 0, 256, 0, 0)),
    dict(fields=(0, 0, 0, 0, 256, 0)),
    dict(fields=(0, 0, 0, 0, 0, 1 << 48)),
    dict(fields=(-1, 1 << 16, 0, 0, 0, 0)),
    dict(int=1 << 128),
    dict(int=5, bytes=bytes(16)),
    dict(hex="0" * 32, int=0),
    dict(version=4),
]
for kwargs in bad_inputs:
    try:
        uuid.UUID(**kwargs)
        print("accepted", kwargs)
    except (ValueError, TypeError) as e:
        print(sorted(kwargs), type(e).__name__, e)

a, b = samples[5], samples[6]
print(a < b, a <= b, a > b, a >= b, a == b, a != b, a == a.int, a != "x")
for op in ["<", "<=", ">", ">="]:
    try:
        eval("a %s 0" % op)
    except TypeError as e:
        print(op, "TypeError:", e)
print(sorted(samples)[0], max(samples), len({*samples, *samples}), {base: 1}[uuid.UUID(str(base))])
for attr in ["int", "hex", "other"]:
    try:
        setattr(base, attr, 1)
    except TypeError as e:
        print(attr, "TypeError:", e)
print(repr(base), str(base), bool(uuid.UUID(int=0)))


class Tagged(uuid.UUID):
    pass


t = Tagged(int=42)
print(repr(t), t == uuid.UUID(int=42), isinstance(t, uuid.UUID))
print(copy.copy(base) == base, copy.deepcopy(base) == base, copy.copy(base).is_safe is base.is_safe)
back = pickle.loads(pickle.dumps(base))
print(back == base, type(back).__name__)
for name in ["NAMESPACE_DNS", "NAMESPACE_URL", "NAMESPACE_OID", "NAMESPACE_X500"]:
    ns = getattr(uuid, name)
    print(name, ns, ns.version, ns.variant)
print(uuid.RESERVED_NCS, "|", uuid.RFC_4122, "|", uuid.RESERVED_MICROSOFT, "|", uuid.RESERVED_FUTURE)
if sys.version_info >= (3, 14):
    print("3.14:", uuid.NIL, uuid.MAX, uuid.NIL.variant, uuid.MAX.variant)
print(repr(base.is_safe), repr(uuid.UUID(int=1, is_safe=uuid.SafeUUID.safe).is_safe), uuid.SafeUUID.unknown)
