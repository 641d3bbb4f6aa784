import uuid

u = uuid.UUID('12345678-1234-5678-1234-567812345678')
print(u, repr(u), u.hex, u.int, u.urn, u.version, u.variant, u.fields, u.node, u.time_low, u.clock_seq)
print(uuid.UUID('{12345678-1234-5678-1234-567812345678}') == u, uuid.UUID(int=u.int) == u, uuid.UUID(bytes=u.bytes) == u)
print(uuid.UUID(fields=u.fields) == u, uuid.UUID(hex='urn:uuid:' + str(u)) == u, u.bytes[:4], hash(u) == hash(u.int))
v = uuid.UUID(int=1, version=4)
print(v, v.version, v.variant, v > u, sorted([v, u])[0] == u, str(uuid.NAMESPACE_DNS), uuid.NAMESPACE_URL.version)
for bad in [dict(hex='xyz'), dict(int=-1), dict(int=1, version=9), dict(hex='g' * 32), {}]:
    try:
        uuid.UUID(**bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    u.int = 3
except TypeError as e:
    print(e)
ids = [uuid.uuid4() for _ in range(50)]
print(len(set(ids)), all(x.version == 4 and x.variant == uuid.RFC_4122 for x in ids), all(len(str(x)) == 36 for x in ids))
print(all(str(x)[14] == '4' and str(x)[19] in '89ab' for x in ids), isinstance(ids[0], uuid.UUID))
