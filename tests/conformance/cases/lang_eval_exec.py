# eval() and exec() of a string: the caller's namespaces or the dicts given, CPython's SyntaxError for bad text, NameError, tracebacks through "<string>".
import asyncio
import traceback

counter = 10
print(eval("counter * 2"), eval(" \t1 + 1"), exec("made = counter + 1"), made)


def in_function(a):
    b = 2
    print(eval("a + b"))
    exec("b = 99; c = 3")
    print(b, 'c' in locals())
    ns = {}
    exec("def g(x):\n    return x * k\nk = 5\nr = g(2)", ns)
    print(ns['r'], ns['g'](3), sorted(ns))
    loc = {}
    exec("k2 = 7\ndef h():\n    return k2\n", {}, loc)
    try:
        loc['h']()
    except NameError as e:
        print("NameError", e)
    print(eval("x + y", {"x": 1}, {"y": 2}))
    print(eval("[i * 2 for i in range(3)]"))


in_function(1)


class Body:
    exec("z = 1")
    w = eval("z + 1")


print(Body.z, Body.w)
exec("async def job(n):\n    await asyncio.sleep(n)\n    return n * 2\n")
print(asyncio.run(job(0.5)))
print(eval("lambda q: q + 1")(1), eval(b"6 * 7"))
exec("print('from exec', __name__)")
exec("print(__name__)", {})

for src in ["1 +", "x = 1", "(", "a b", "import os"]:
    try:
        eval(src)
    except SyntaxError as e:
        print(type(e).__name__, e, '|', e.msg, e.filename, e.lineno, repr(e.text))
for src in ["x = (", "if 1:\nfoo", "return 5", "yield 5", "await x"]:
    try:
        exec(src)
    except SyntaxError as e:
        print(type(e).__name__, e, '|', e.msg, e.lineno, repr(e.text))
for args in [(5,), ("1", 5), ("1", {}, 5), ("1", None, {})]:
    try:
        print(eval(*args))
    except TypeError as e:
        print("TypeError", e)
try:
    exec(5)
except TypeError as e:
    print("TypeError", e)
try:
    eval("undefined_name + 1")
except NameError as e:
    print("NameError", e)


def fails():
    exec("x = 1\ny = 1 / 0")


try:
    fails()
except ZeroDivisionError as e:
    print(''.join(traceback.format_exception_only(e)).strip())
    print([line for line in traceback.format_exc().splitlines() if 'File' in line][-1].strip())
