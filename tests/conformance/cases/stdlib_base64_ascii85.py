# base64.a85encode/a85decode (Ascii85 as btoa and Adobe write it): zero words folded to 'z', spaces
# to 'y' with foldspaces, pad, adobe's <~ ~> frame, wrapcol line wrapping, ignorechars, and errors.
import base64
import random

rng = random.Random(85)
samples = [b"", b"\0", b"\0\0\0\0", b"\0\0\0\0\0", b"    ", b"   ", b"hello", b"Man is distinguished",
           b"\xff\xff\xff\xff", b"\x00\x00\x00\x01", b"        x"]
samples += [bytes(rng.choice([0, 32, 65, 255, rng.randrange(256)]) for _ in range(rng.randrange(12))) for _ in range(40)]
for data in samples:
    forms = [
        base64.a85encode(data),
        base64.a85encode(data, foldspaces=True),
        base64.a85encode(data, pad=True),
        base64.a85encode(data, adobe=True),
        base64.a85encode(data, wrapcol=7, adobe=True),
        base64.a85encode(data, wrapcol=1),
    ]
    back = [base64.a85decode(forms[0]), base64.a85decode(forms[1], foldspaces=True),
            base64.a85decode(forms[3], adobe=True), base64.a85decode(forms[4], adobe=True), base64.a85decode(forms[5])]
    print(data.hex(), forms, all(x == data for x in back), base64.a85decode(forms[2])[:len(data)] == data)
print(base64.a85encode(bytearray(b"ab"), wrapcol=2, adobe=True), base64.a85encode(memoryview(b"xyz1234")))
print(base64.a85decode("87cURD]i,\"Ebo80"), base64.a85decode(b"<~87cURDZ~>", adobe=True), base64.a85decode(b"9jqo^\n BlbD-"))
print(base64.a85decode(b"87cUR D]i", ignorechars=b" "), base64.a85decode(b"zz"), base64.a85decode(b"y", foldspaces=True))
for bad, kw in [(b"87cURz", {}), (b"87cz", {}), (b"abcy", {"foldspaces": True}), (b"s8W-\"", {}), (b"s8W-#", {}), (b"87cU~", {}),
                (b"<~87cURD", {"adobe": True}), (b"87 cU", {"ignorechars": b""}), (b"y", {}), ("87cU\xe9", {})]:
    try:
        print(bad, base64.a85decode(bad, **kw))
    except ValueError as e:
        print(bad, "ValueError:", e)
try:
    base64.a85encode("text")
except TypeError as e:
    print("TypeError:", e)
