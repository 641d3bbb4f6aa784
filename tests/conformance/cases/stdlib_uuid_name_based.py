# uuid3 and uuid5 are name-based: MD5 and SHA-1 of the namespace's 16 bytes followed by the
# name (a str as its UTF-8 bytes), cut to 16 bytes and stamped with the version and variant.
# They are the same in every run, so a program can print them; a name of another type fails
# where the namespace's bytes meet it.
import uuid

ids = {
    "dns": uuid.uuid5(uuid.NAMESPACE_DNS, "example.com"),
    "url": uuid.uuid3(uuid.NAMESPACE_URL, "https://example.com/a?b=1"),
    "oid": uuid.uuid5(uuid.NAMESPACE_OID, "raw\x00\xff"),
    "x500": uuid.uuid3(uuid.NAMESPACE_X500, "cn=Zoë,o=Acme"),
    "empty": uuid.uuid5(uuid.UUID(int=7), ""),
}
for key, u in ids.items():
    print(f"{key:6} {u} v{u.version} {u.variant} {u.hex[:8]}")
print(repr(ids["dns"]), ids["dns"] == uuid.uuid5(uuid.NAMESPACE_DNS, "example.com"))
print(uuid.uuid3(ids["dns"], "nested"), uuid.uuid5(ids["dns"], "nested"))
print(sorted(ids, key=ids.get))
for bad in [5, None, ["x"]]:
    try:
        uuid.uuid5(uuid.NAMESPACE_DNS, bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    uuid.uuid3("6ba7b810-9dad-11d1-80b4-00c04fd430c8", "x")
except AttributeError as e:
    print("AttributeError:", e)
print(uuid.uuid3.__name__, uuid.uuid5.__qualname__)
# A bytes name is hashed as it is from 3.12 on; 3.11 accepts a str only.
try:
    print(uuid.uuid5(uuid.NAMESPACE_OID, b"\xff\x00raw"))
except TypeError as e:
    print("TypeError:", e)
