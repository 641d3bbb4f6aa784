# A SyntaxError formatted by the traceback module (format_exception_only, format_exc,
# TracebackException, print_exception): where it is, its line of text, a caret row under the
# offending columns (each version's rules) and the message.
import io
import os
import traceback

HERE = os.path.basename(__file__)

SOURCES = [
    "fro x in y: pass",
    "imprt os",
    "def f():\n    retrun 1\n",
    "x = 1 iff y else 2",
    "x = (1 +\n",
    "if x:\npass\n",
    "def g():\n\tif True:\n\t\tx = = 2\n",
    "a = [1, 2\nb = 3\n",
    "'abc",
    "1 = x",
    "return 5",
    # 3.14 suggests a keyword for a name of the line when the line then parses.
    "whille x: pass",
    "clas A:\n    pass\n",
    "x = a adn b",
    "deff f(): pass",
    "for x inn y: pass",
    "s = 'fro' fro",
    "if x:\n    y = 1\n    elsee: pass\n",
]

for src in SOURCES:
    try:
        compile(src, "<s>", "exec")
    except SyntaxError as e:
        print(traceback.format_exception_only(e))
        print(''.join(traceback.TracebackException.from_exception(e).format_exception_only()), end='')

for src in ["(1 +", "  1 +* 2", "x y"]:
    try:
        eval(src)
    except SyntaxError:
        print(traceback.format_exc().replace(__file__, HERE))

for e in [SyntaxError('plain'), SyntaxError()]:
    out = io.StringIO()
    traceback.print_exception(e, file=out)
    print(out.getvalue(), end='')
    print(traceback.format_exception_only(e))
