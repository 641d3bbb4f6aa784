# compile() makes a code object exec() and eval() run; SyntaxError names the file given; a bad mode or source type is CPython's error.
code = compile("x = 5\ny = x * 2", "<calc>", "exec")
print(type(code).__name__, code.co_filename, code.co_name)
ns = {}
exec(code, ns)
print(ns['y'])
e = compile("y + 1", "expr.py", "eval")
print(eval(e, ns), exec(e, ns))
print(eval(code, ns))
try:
    compile("1 +", "bad.py", "eval")
except SyntaxError as err:
    print(err, err.filename)
try:
    compile("x", "f", "nope")
except ValueError as err:
    print(err)
try:
    compile(5, "f", "exec")
except TypeError as err:
    print(err)
boom = compile("def f():\n    return 1 / 0\nf()", "boom.py", "exec")
import traceback
try:
    exec(boom, {})
except ZeroDivisionError:
    print([l.strip() for l in traceback.format_exc().splitlines() if 'File' in l][1:2])
