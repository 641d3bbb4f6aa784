"""Generate cpython_spans.json: statement and expression positions from CPython 3.13's ast.

Run from the repository root:

    PYENV_VERSION=3.13.0 python3 tests/unit/parse/gen_cpython_spans.py

For each program: every statement (pre-order: body, then handlers / orelse / finalbody /
match cases) with its (lineno, col_offset, end_lineno, end_col_offset), and for expression
statements, assignments and returns the value expression's position. spans.test.ts checks
Loopline's spans against it. Generated; never edit the JSON by hand.
"""
import ast
import json
import os
import sys

PROGRAMS = [
    "x = 1\ny = x + 2  # comment\n",
    "import asyncio\n\nasync def main():\n    await asyncio.sleep(1)\n    print('done')\n\nasyncio.run(main())\n",
    "if a:\n    b = 1\nelif c:\n    d = (1 +\n         2)\nelse:\n    pass\n",
    "for i in range(3):\n    if i:\n        continue\n    print(i)\nelse:\n    print('end')\n",
    "while True:\n    break\n",
    "try:\n    x = 1\nexcept ValueError as e:\n    raise\nexcept:\n    pass\nelse:\n    y = 2\nfinally:\n    z = 3\n",
    "with open(a) as f, open(b) as g:\n    data = f.read()\n",
    "with (\n    open(a) as f,\n    open(b) as g,\n):\n    pass\n",
    "class A(B):\n    '''doc'''\n    x: int = 1\n    def m(self):\n        return self.x\n",
    "@dec\n@dec2(1)\nasync def f(a, b=2):\n    x = await g(a)\n    return x\n",
    "match cmd:\n    case [x, y]:\n        pass\n    case {'k': v} if v:\n        pass\n    case _:\n        pass\n",
    "a = b = c\na += 1\ndel a\nglobal q\nassert x, 'msg'\nraise E from e\n",
    "x = [i for i in range(10)]\ny = {k: v for k, v in z}\nw = (t for t in u)\n",
    "result = await_ = f(\n    1,\n    2,\n)\n",
    "s = 'abc' \\\n    'def'\nt = f'{x!r:>{w}}'\n",
    "x = (yield)\n",
    "def g():\n    yield 1\n    x = yield\n    return (yield from h())\n",
    "x = lambda a, *b: a\nv = a if b else c\nn = (m := 5)\n",
    "if x: y = 1; z = 2\n",
    "for x in y: pass\n",
    "def f(): return 1\n",
    "async def f():\n    async with a as b:\n        async for c in d:\n            pass\n",
    "x = 1\n\n\n# trailing\n",
    "if a:\n    pass\n    # comment at end of block\n\nb = 2\n",
    "x = a[1:2, ::3]\ny = -a ** 2\nz = not a < b < c\n",
    "print(await_ for await_ in x)\n",
    "x = 1,\ny = 1, 2\n*a, b = c\n",
    "from . import (a,\n    b)\nimport os.path as p\n",
]


def stmt_children(s):
    for field in ("body", "handlers", "orelse", "finalbody", "cases"):
        for c in getattr(s, field, []) or []:
            if isinstance(c, (ast.ExceptHandler, ast.match_case)):
                yield from c.body
            else:
                yield c


def walk(body, out):
    for s in body:
        entry = {"type": type(s).__name__, "pos": [s.lineno, s.col_offset, s.end_lineno, s.end_col_offset]}
        value = getattr(s, "value", None)
        if isinstance(s, (ast.Expr, ast.Assign, ast.Return, ast.AugAssign, ast.AnnAssign)) and isinstance(value, ast.expr):
            entry["value"] = [value.lineno, value.col_offset, value.end_lineno, value.end_col_offset]
        out.append(entry)
        walk(list(stmt_children(s)), out)


def main():
    out = []
    for src in PROGRAMS:
        stmts = []
        walk(ast.parse(src).body, stmts)
        out.append({"source": src, "stmts": stmts})
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "cpython_spans.json")
    with open(path, "w") as f:
        json.dump({"python": sys.version.split()[0], "programs": out}, f, indent=1)
        f.write("\n")
    print(f"wrote {len(out)} programs to {path}")


if __name__ == "__main__":
    main()
