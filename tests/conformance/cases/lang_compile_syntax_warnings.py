# compile(), exec() and eval() of text that warns: the compiler's SyntaxWarnings ("is" with a literal,
# "not callable; perhaps you missed a comma?") and the tokenizer's invalid escape (a
# DeprecationWarning in 3.11) go through the warnings filters with the text's file name and line,
# so catch_warnings records them; a code object warns once, when compiled; a warning the filters make
# an error is a SyntaxError at the node (the call's function since 3.12), without text.
import warnings
sources = {
    "escape": "x = '\\d'\n",
    "is literal": "x = 1 is 1\n",
    "is not str": "y = 'a' is not x\n",
    "tuple call": "x = (1, 2)(3)\n",
    "int call in list": "x = [1 (2)]\n",
    "two on two lines": "a = 1 is 1\nb = [(1, 2) (3, 4)]\n",
}
for label, src in sources.items():
    for fn in ("compile", "exec", "eval"):
        if fn == "eval":
            src = src.split("= ", 1)[1]
        with warnings.catch_warnings(record=True) as w:
            warnings.simplefilter("always")
            try:
                if fn == "compile":
                    compile(src, "<w>", "exec")
                elif fn == "exec":
                    exec(src, {"x": 1})
                else:
                    eval(src, {"x": 1})
            except Exception as e:
                print("  raised", type(e).__name__)
        print(label, fn, [(x.category.__name__, str(x.message), x.filename, x.lineno) for x in w])

code = compile("z = 2 is 2\n", "once.py", "exec")
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    exec(code, {})
    exec(code, {})
print("exec of a code object warns again:", len(w))

with warnings.catch_warnings():
    warnings.simplefilter("error")
    for src in ["x = 1 is 1\n", "x = (1, 2)(3)\n"]:
        try:
            compile(src, "<e>", "exec")
        except SyntaxError as e:
            print("error:", e.msg, e.filename, e.lineno, e.offset, e.end_lineno, e.end_offset, e.text)

with warnings.catch_warnings():
    warnings.simplefilter("default")
    compile("x = 1 is 1\n", "shown.py", "exec")
