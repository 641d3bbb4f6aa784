# Codec error handlers: decoding with replace, ignore, backslashreplace and surrogateescape (each
# invalid UTF-8 sequence handled once), surrogateescape's round trip, the encoding handlers on lone
# surrogates, and the errors a handler that cannot answer (or does not exist) raises.
print(b"\xff".decode("utf-8", "replace"))
print(b"a\xffb\xc3".decode("utf-8", "backslashreplace"))
print(b"a\xffb".decode("utf-8", "ignore"))
print(b"a\xffb".decode("utf-8", "surrogateescape").encode("utf-8", "surrogateescape"))
print(b"\xe9t\xe9".decode("ascii", "replace"), b"\x80".decode("ascii", errors="backslashreplace"))
print("é✓".encode("ascii", "backslashreplace"), "é✓".encode("ascii", "xmlcharrefreplace"))
print(str(b"a\xffb", "utf-8", "replace"), bytearray(b"\xff").decode(errors="replace"))
try:
    b"\xff".decode("utf-8", "bogus")
except LookupError as e:
    print("LookupError", e)
s = b"\xff\x00abc\xc3\xa9\xed\xa0\x80\xf0\x9f".decode("utf-8", "surrogateescape")
print(ascii(s), s.encode("utf-8", "surrogateescape"), ascii(b"\xe9".decode("ascii", "surrogateescape")), "\udce9x".encode("latin-1", "surrogateescape"))
for h in ("ignore", "replace", "backslashreplace", "xmlcharrefreplace"):
    print(h, "a\udc80b".encode("utf-8", h))
for args in [("\udc00".encode, "utf-8", "surrogateescape"), (b"\x80".decode, "utf-8", "xmlcharrefreplace"), (b"\x80".decode, "ascii", "namereplace")]:
    try:
        args[0](*args[1:])
    except (UnicodeError, TypeError) as e:
        print(type(e).__name__, e)
print(b"\xef\xbb\xbfx\xff".decode("utf-8", "ignore") == "\ufeffx", b"ok".decode("utf-8", "bogus"))
print(ascii(b"\xe2\x82\xe2\x82\xac\xc0\xaf".decode("utf-8", "backslashreplace")))
print(ascii(b"ab\x00\xd8x".decode("utf-16-le", "replace")), ascii(b"\x00\x00\x11\x00".decode("utf-32-le", "backslashreplace")))
