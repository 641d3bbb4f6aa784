"""Text handling in a notification formatter: str methods, Template, translate, repr/ascii
escapes, and encode error handlers (replace, ignore, xmlcharrefreplace, backslashreplace)."""
import asyncio, string

async def main():
    s = "  Hello, World! hello  "
    print(s.strip().casefold(), s.split(), s.split(",", 1), s.rsplit(None, 1), s.partition("o"), s.rpartition("o"))
    print("a,b,,c".split(","), "a b  c".split(" "), "".split(), "".split(","), "x".center(6, "*"), "ab".zfill(5), "-7".zfill(4))
    print("tab\there".expandtabs(4), "CamelCaseName".swapcase(), "hello world".title(), "o'neil's".title(), "ß".upper(), "İ".lower().encode())
    print("abc".startswith(("x", "a")), "abc".endswith("bc", 0, 3), "aaa".count("aa"), "abcabc".find("c", 3), "abc".rfind("z"))
    try:
        "abc".index("z")
    except ValueError as e:
        print(e)
    print("line1\nline2\r\nline3".splitlines(), "a\nb\n".splitlines(True), "x".join(["1", "2"]), ", ".join(map(str, range(3))))
    print("Hello {name}, you are {age:>3}".format_map({"name": "Ann", "age": 7}), "{0}{1}{0}".format("a", "b"))
    t = string.Template("$who likes ${what}s, $$5")
    print(t.substitute(who="tim", what="kung pao"), t.safe_substitute(who="x"))
    try:
        t.substitute(who="x")
    except KeyError as e:
        print("KeyError", e)
    print(string.ascii_letters[:5], string.digits, string.punctuation[:6], string.capwords("hello   big world"))
    print("abc".translate(str.maketrans("ab", "xy", "c")), str.maketrans({"a": "1"}), "hello".replace("l", "L", 1))
    print("12".isdigit(), "½".isnumeric(), "½".isdigit(), "abc1".isalnum(), " ".isspace(), "Ab".istitle(), "ab_1".isidentifier(), "class".isidentifier())
    print("%s|%5s|%-5s|%.2s" % ("x", "y", "z", "long"), "%(a)s-%(b)d" % {"a": 1, "b": 2}, "%e" % 12345.678, "%g" % 0.00001)
    print(repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("\x00\t\u00e9\U0001f600"), ascii("é😀"))
    print("abc"[::-1], "abcdef"[1:5:2], "abc" * 2, "b" in "abc", "abc" < "abd", "Z" < "a", ord("€"), chr(8364))
    print("a-b_c".removeprefix("a-"), "file.tar.gz".removesuffix(".gz"), "x".ljust(3, "."), "x".rjust(3), "ABC".lower().islower())
    print(f"{'nested {x}'!r:>15}", f"{3.14159:{'>'}{10}.{2}f}", f"{'%'}", f"{{literal}}", f"{1_000_000:,}", f"{'a'+'b'=}")
    await asyncio.sleep(0)
    print(str(b"bytes"), b"ab".hex(), "é".encode("utf-8"), b"\xc3\xa9".decode(), "x".encode("ascii"))
    try:
        "é".encode("ascii")
    except UnicodeEncodeError as e:
        print(e)
    try:
        b"\xff".decode("utf-8")
    except UnicodeDecodeError as e:
        print(e)
    print(b"\xff".decode("utf-8", errors="replace"), "é".encode("ascii", errors="ignore"), "é".encode("ascii", "xmlcharrefreplace"))

asyncio.run(main())
for enc in ("ascii", "latin-1"):
    for handler in ("replace", "ignore", "xmlcharrefreplace", "backslashreplace", "bogus"):
        try:
            print(enc, handler, "aé€😀b".encode(enc, handler))
        except LookupError as e:
            print(enc, handler, "LookupError", e)
print("abc".encode("ascii", "bogus"))
