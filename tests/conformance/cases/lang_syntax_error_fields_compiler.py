# The SyntaxErrors of CPython's symbol table and compiler (past the parser) carry no text when
# compile() is given a text: CPython reads the line back from the file named, and "prog.py" does
# not exist. __future__'s own errors point at the statement with no end offset before 3.14, at
# the feature's name since. The parser's errors keep their line.
import traceback

programs = {
    "return outside": "return 1\n",
    "await outside async": "def f():\n    await x\n",
    "async comprehension": "def f():\n    return [i async for i in x]\n",
    "nonlocal at module level": "nonlocal x\n",
    "break outside": "for i in x:\n    def f():\n        break\n",
    "walrus in comprehension iterable": "[x for x in (y := [1, 2])]\n",
    "walrus rebinding": "[i := 0 for i in x]\n",
    "walrus in class comprehension": "class A:\n    [y := 1 for i in x]\n",
    "keyword repeated": "f(a=1, a=2)\n",
    "duplicate argument": "def f(a, a):\n    pass\n",
    "starred alone": "*a\n",
    "starred target": "*a = 1\n",
    "two starred": "*a, *b = c\n",
    "import * in def": "def f():\n    from x import *\n",
    "late __future__": "x = 1\nfrom __future__ import annotations\n",
    "braces": "from __future__ import braces\n",
    "unknown feature": "from __future__ import annotations, nope\n",
    "__debug__": "__debug__ = 1\n",
    "return in except*": "def f():\n    try:\n        pass\n    except* A:\n        return\n",
    "capture twice": "match x:\n    case [a, a]:\n        pass\n",
    "irrefutable first": "match x:\n    case a:\n        pass\n    case 1:\n        pass\n",
    "starred twice": "match x:\n    case [*a, *b]:\n        pass\n",
    "attribute repeated": "match x:\n    case C(a=1, a=2):\n        pass\n",
    "parser error keeps its text": "def f(a=1, b):\n    pass\n",
}

for label, src in programs.items():
    try:
        compile(src, "prog.py", "exec")
        print(f"{label}: compiles")
    except SyntaxError as e:
        where = f"{e.lineno}:{e.offset}-{e.end_lineno}:{e.end_offset}"
        print(f"{label}: {e.msg} at {where} {e.text!r}")
        print("".join(traceback.format_exception_only(e)), end="")

try:
    exec("def g():\n    yield 1\n    return\nbreak\n")
except SyntaxError as e:
    print("exec:", e.msg, e.filename, e.lineno, e.offset, e.text)
