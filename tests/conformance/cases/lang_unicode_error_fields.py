# UnicodeEncodeError / UnicodeDecodeError / UnicodeTranslateError keep where the codec failed
# (encoding, object, start, end, reason), as decoding fallbacks read them; the message follows the
# fields, and the constructors check their arguments.
import asyncio


def decode_lenient(data):
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        print(f"  {e.encoding} failed at {e.start}:{e.end} ({e.reason}) in {e.object!r}")
        return data[:e.start].decode("utf-8") + data[e.start:].decode("latin-1")


async def main():
    for raw in [b"caf\xc3\xa9", b"caf\xe9 au lait", b"\xff\xfe", b"ok\xc3"]:
        await asyncio.sleep(0.1)
        print(decode_lenient(raw))
    for text, enc in [("naïve", "ascii"), ("日本", "latin-1"), ("x\U0001f600", "ascii")]:
        try:
            text.encode(enc)
        except UnicodeEncodeError as e:
            print(type(e).__name__, repr(e.encoding), repr(e.object), e.start, e.end, repr(e.reason))
            print(" ", e, "|", repr(e))
    try:
        b"ab\x80".decode("ascii")
    except UnicodeError as e:
        print(e.args, e)
    e = UnicodeDecodeError("utf-8", b"\xc3(", 0, 1, "invalid continuation byte")
    print(e, e.args)
    e.reason = "changed"
    e.start, e.end = 1, 2
    print(e)
    print(UnicodeEncodeError("ascii", "x\u00e9\u0177z", 1, 3, "nope"), UnicodeEncodeError("ascii", "abc", 5, 9, "r"))
    print(UnicodeDecodeError("x", bytearray(b"\xff\xfe"), 0, 2, "why").object, UnicodeTranslateError("abc", 0, 1, "t"))

    class MyError(UnicodeDecodeError):
        pass

    print(MyError("x", b"\xff", 0, 1, "mine"), UnicodeError("plain"), repr(str(UnicodeError())))
    for make in [lambda: UnicodeEncodeError(1, "x", 0, 1, "r"), lambda: UnicodeEncodeError("a", b"x", 0, 1, "r"),
                 lambda: UnicodeEncodeError("a", "x", "0", 1, "r"), lambda: UnicodeEncodeError("a"),
                 lambda: UnicodeDecodeError("a", "x", 0, 1, "r"), lambda: UnicodeTranslateError("x", 0, 1)]:
        try:
            make()
        except TypeError as e:
            print("TypeError:", e)


asyncio.run(main())
