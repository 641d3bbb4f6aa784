# bytes.translate/maketrans and bytearray repetition, with CPython's errors
tests = [
    'bytearray(b"ab") * 2', '2 * bytearray(b"ab")', 'bytearray(b"ab") * 0', 'bytearray(b"ab") * "x"', 'bytearray(b"ab") * 1.5',
    'bytes.maketrans(b"ab", b"xy")[95:100]', 'b"abc".translate(bytes.maketrans(b"ab", b"xy"))',
    'b"abc".translate(None, b"b")', 'b"abc".translate(b"x")', 'bytes.maketrans(b"a", b"xy")',
    'b"abc".translate(None, delete=b"ac")', 'bytearray(b"abc").translate(None, b"a")', 'bytes.maketrans("a", b"x")',
    'b"a".translate("x" * 256)', 'bytearray.maketrans(b"a", b"b")[97]', 'b"abcabc".translate(bytes.maketrans(b"abc", b"cab"), b"a")',
    'b"\\xff\\x00".translate(bytes(range(255, -1, -1)))', 'b"".maketrans(bytearray(b"q"), b"r")[113]',
]
for t in tests:
    try:
        print(t, "->", repr(eval(t)))
    except Exception as e:
        print(t, "!!", type(e).__name__, e)
ba = bytearray(b"xy")
ba *= 3
print(ba)
try:
    ba *= "x"
except TypeError as e:
    print("TypeError", e)
