# ast.literal_eval reading settings and messages: every literal form, signs and complex numbers,
# nested containers, whitespace; text that is not Python is a SyntaxError, a value given instead of
# text is refused with its repr.
import ast

good = [
    "42", "-7", "+3.5", "0x1F", "1_000_000", "1e-3", "-0.0", "2j", "1+2j", "-1-2.5j", "3 - 0j",
    "'text'", '"a" "b"', "b'raw\\x00'", "r'\\d+'", "'''multi\nline'''", "None", "True", "False", "...",
    "(1,)", "()", "[1, [2, [3]]]", "{'a': 1, 'b': [True, None]}", "{1, 2, 3}", "set()", "{}",
    "  \t  {'indent': 'ok'}", "(1, 'two', 3.0, -4j, b'5', None)", "{(1, 2): {'x': {3}}}",
    "[\n  1,\n  2,\n]", "-(1)", "'caf\\u00e9'", "0o17", "0b101", "1_0.5_0",
]
for text in good:
    value = ast.literal_eval(text)
    print(repr(text), "->", repr(value), type(value).__name__)

syntax = ["", "1 +", "(1, 2", "[1,, 2]", "\n1", "1\n2", "  \n  3"]
for text in syntax:
    try:
        print(repr(text), "->", repr(ast.literal_eval(text)))
    except SyntaxError as e:
        print(repr(text), "SyntaxError", e.msg, e.lineno)

for value in [5, b"1", None, [1]]:
    try:
        ast.literal_eval(value)
    except ValueError as e:
        print("ValueError", e)

# A config read from text, as programs do.
config = ast.literal_eval("""{
    'workers': 4,
    'timeouts': (1.5, 3.0),
    'hosts': ['a.example', 'b.example'],
    'retry': {'max': 3, 'backoff': 0.25},
}""")
print(sorted(config), config["timeouts"][1] * config["workers"])
