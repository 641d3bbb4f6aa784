# Where compile() places the parser's SyntaxErrors for common mistakes, per version: at a missing
# ':' (the NEWLINE token: one column wide since 3.12, none in 3.11), a `try:` with only an `else:`
# (at the else), a match case's complex literal with no imaginary (or no real) part, `=` for `==`
# in a condition (a name's range up to the value; another target named at itself), a keyword
# argument that is an expression (from the expression, without its parentheses), a dictionary key
# with no value, a comprehension's tuple target without parentheses, a trailing comma in
# `from x import a,`, an iterable unpacking after `**` (at the `*` before 3.13), a plain `except`
# after `except*` (at the keyword), and the wordings 3.11 and 3.12 keep.
import traceback

programs = {
    "never closed": "f(1, (2\n",
    "try with else only": "try:\n    pass\nelse:\n    pass\n",
    "try with nothing": "try:\n    pass\nx = 1\n",
    "case 1 + 1": "match x:\n    case 1 + 1:\n        pass\n",
    "case -1 - 1": "match x:\n    case -1 - 1:\n        pass\n",
    "case 1j + 1": "match x:\n    case 1j + 1:\n        pass\n",
    "case 1 + 1j": "match x:\n    case 1 + 1j:\n        pass\n",
    "case {1 + 1: _}": "match x:\n    case {1 + 1: _}:\n        pass\n",
    "if without colon": "if x\n    pass\n",
    "def without colon": "def f()\n    pass\n",
    "else without colon": "if x:\n    pass\nelse\n    pass\n",
    "with without colon": "with x as y\n    pass\n",
    "bare decorator": "@\ndef f():\n    pass\n",
    "= in if": "if x = 1:\n    pass\n",
    "= in while": "while x = 1:\n    pass\n",
    "= attribute in if": "if a.b = 1:\n    pass\n",
    "= subscript in elif": "if y:\n    pass\nelif a[0] = 1:\n    pass\n",
    "= call in if": "if f() = 1:\n    pass\n",
    "keyword is an expression": "f(a + 1=2)\n",
    "keyword in parentheses": "f(x, (a)=1)\n",
    "keyword attribute": "f(a.b=1)\n",
    "key without value": "{1: }\n",
    "key without value, then more": "d = {1: , 2: 3}\n",
    "comprehension target": "[x, y for x, y in z]\n",
    "set comprehension target": "{x, y for x, y in z}\n",
    "trailing comma import": "from x import a,\n",
    "trailing comma import, comment": "from x import a, b,  # c\n",
    "parenthesized trailing comma": "from x import (a,)\n",
    "nothing imported": "from x import\n",
    "**k, *a": "f(**k, *a)\n",
    "def default": "def f(a=1, b):\n    pass\n",
    "lambda default": "lambda a=1, b: 0\n",
    "except after except*": "try:\n    pass\nexcept* A:\n    pass\nexcept B:\n    pass\n",
    "except* after except": "try:\n    pass\nexcept A:\n    pass\nexcept* B:\n    pass\n",
    "print statement": 'print "x"\n',
    "missing comma": "x = [1 2]\n",
    "if expression without else": "x = 1 if y\n",
    "empty f-string field": "f'{}'\n",
    "f-string field before !": "f'{!r}'\n",
    "f-string field before :": "f'{ :x}'\n",
}

for label, src in programs.items():
    try:
        compile(src, "prog.py", "exec")
        print(f"{label}: compiles")
    except SyntaxError as e:
        where = f"{e.lineno}:{e.offset}-{e.end_lineno}:{e.end_offset}"
        print(f"{label}: {type(e).__name__}: {e.msg} at {where} {e.text!r}")
        print("".join(traceback.format_exception_only(e)), end="")
