# Where compile() places the SyntaxErrors CPython's tokenizer finds, per version: the line's text
# without its newline and a point (end offset = offset) for the errors it raises at once (an
# unmatched or mismatched bracket, an invalid character, a bad number, more than 200 open
# brackets); the zeros for "leading zeros"; end offset -1 for its deferred states ("unexpected
# indent" at the indent's width, a dedent to no outer level at the line's length, "unexpected EOF
# while parsing" after a trailing backslash, an expected block at the end of the text) and 0 for an
# unclosed bracket, a character after a backslash and a tab/space mix (a TabError). The traceback
# module's caret row follows the fields.
import traceback

programs = {
    "never closed, last line": "a = 1\nf(1, (2\n",
    "never closed, no newline": "a = 1\nf(1, (2",
    "never closed, earlier line": "x = [1, 2,\ny = 3\nz = 4\n",
    "unmatched )": "x = 1) + 2\n",
    "unmatched ] on line 2": "a = 1\nx = 1] + 2\ny = 2\n",
    "mismatched": "x = (1, 2] + 3\n",
    "mismatched across lines": "x = (1,\n 2]\n",
    "invalid character": "x = 1 \u2013 2 + 3\n",
    "invalid character after a wide one": "x = '\u00e9' \u2013 2 + 3\n",
    "non-printable": "x = 1 \x01 2\n",
    "leading zero": "x = 012 + 1\n",
    "leading zeros": "x = 00012_3\n",
    "invalid decimal": "x = 1abc + 1\n",
    "invalid hex": "x = 0xg + 1\n",
    "invalid octal digit": "x = 0o8\n",
    "too deep": "x = " + "(" * 201 + ")" * 201 + "\n",
    "deep enough": "x = " + "(" * 200 + ")" * 200 + "\n",
    "tab after spaces": "if x:\n\ta = 1\n        b = 2\n",
    "unindent": "if x:\n        a = 1\n    b = 2\n",
    "unexpected indent": "x = 1\n    y = 2\n",
    "unexpected tab indent": "x = 1\n\ty = 2\n",
    "expected block at the end": "def f():\n",
    "expected block at a token": "if x:\npass\n",
    "except without body": "try:\n    pass\nexcept:\n",
    "after a backslash": "x = 1 \\ 2\n",
    "backslash at the end": "x = 1 + \\\n",
    "backslash at the end, no newline": "x = 1 + \\",
    "backslash at the end of a def": "def f():\n    x = 1 + \\\n",
    "unterminated string": "s = 'abc + 1\n",
    "unterminated triple-quoted": "x = 1\ns = '''abc\n\nd\n",
}

for label, src in programs.items():
    try:
        compile(src, "prog.py", "exec")
        print(f"{label}: compiles")
    except SyntaxError as e:
        where = f"{e.lineno}:{e.offset}-{e.end_lineno}:{e.end_offset}"
        print(f"{label}: {type(e).__name__}: {e.msg} at {where} {e.text!r}")
        print("".join(traceback.format_exception_only(e)), end="")
