# ast.literal_eval refusing what is not a literal (names, calls, operators, comprehensions,
# f-strings, starred items, walrus), reported at the node CPython's tree has there, its address
# made uniform. 3.14 shows the node itself (its repr), a difference not simulated yet.
import ast
import re

for text in [
    "x", "foo()", "1 + 2", "2 * 3", "-x", "not True", "[1, y]", "{1: z}", "{a: 1}", "{**d}",
    "[i for i in range(3)]", "f'{1}'", "a.b", "a[0]", "1 if x else 2", "lambda: 0", "(*a,)",
    "set([1])", "1 < 2", "-True", "1 + 1 + 1j", "'a' + 'b'", "(x := 1)", "{1: 2, b: 3}", "[1, (2, c)]",
]:
    try:
        print(repr(text), "->", repr(ast.literal_eval(text)))
    except ValueError as e:
        print(repr(text), "ValueError", re.sub(r"0x[0-9a-f]+", "0x...", str(e)))
