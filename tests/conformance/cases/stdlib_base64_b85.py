# base64.b85encode / b85decode: RFC 1924's alphabet, a short last group padded then cut (or kept
# with pad=True), str or bytes input to decode, and CPython's errors for bad characters and overflow.
import base64

for data in [b"", b"a", b"hello", b"hello world!", bytes(range(7)), b"\xff\xff\xff\xff", b"\0" * 5]:
    enc = base64.b85encode(data)
    print(data, enc, base64.b85encode(data, pad=True), base64.b85decode(enc) == data)
print(base64.b85encode(bytearray(b"xyz")), base64.b85encode(memoryview(b"abcdef")[2:]))
print(base64.b85decode("Xk~0{Zv"), base64.b85decode(b"VPa"), base64.b85decode(bytearray(b"F)}kWH8")))
for bad in ["ab\"cd", "abcd ", "|NsC0|NsC1", "~~~~~"]:
    try:
        print(base64.b85decode(bad))
    except ValueError as e:
        print("ValueError:", e)
try:
    base64.b85decode("é")
except ValueError as e:
    print("ValueError:", e)
