# compile(src, '<string>', 'single') runs one interactive statement: expression values are
# echoed (repr, None skipped) and kept as builtins._, also inside a compound statement, but not
# inside functions; one statement only. Functions defined by exec() show their own
# File "<string>" frames in tracebacks.
import builtins
import traceback

for src in ["6 * 7", "x = 5", "None", "'text'", "x = 2; x + 1", "for i in range(3): i\n",
            "if x:\n    [x] * 2\n", "def f():\n    99\n", "f()"]:
    code = compile(src, "<string>", "single")
    exec(code)
    print("_ =", builtins._)
print(eval(compile("4 ** 2", "<string>", "single")))
for bad in ["", "x = 1\ny = 2", "for i in range(2): i", "1 +"]:
    try:
        compile(bad, "<string>", "single")
    except SyntaxError as e:
        print("SyntaxError:", e.msg, e.lineno, e.offset, repr(e.text))

source = """
def parse(text):
    return int(text)

def load(items):
    return [parse(t) for t in items]
"""
ns = {}
exec(source, ns)
print(ns["load"](["1", "2"]), ns["load"].__code__.co_filename)
try:
    ns["load"](["3", "x"])
except ValueError:
    print([line for line in traceback.format_exc().splitlines() if "<string>" in line or "Error" in line])
exec(compile("def boom():\n    raise KeyError('k')\n", "rules.py", "exec"), ns)
ns["boom"]()
