# f-strings that Python 3.12 (PEP 701) accepts and 3.11 refuses: a quote like the f-string's own
# inside a replacement field, a backslash or '#' in one; 3.11's own wording for the others.
import sys

SOURCES = [
    'd = {"k": 1}\nprint(f"{d["k"]}")\n',
    "d = {'k': 1}\nprint(f'{d['k']}')\n",
    'names = ["a", "b"]\nprint(f"{\'\\n\'.join(names)}")\n',
    'x = f"{\'\\n\'}"  # note\n',
    'x = f"{"nested"!r:>10}" + "tail"\n',
    'x = f"{a["b"]}"  == 3\n',
    'x = (f"{a["b"]}"\n  \'s\' + 1)\n',
    'x = f"{a}" f"{b["x"]}"\n',
    'x = f"{x:{y:{z}}}"\n',
    'x = f"a}b"\n',
    'x = f"{x:>{w}}" + f"{a!r:^{n}.{p}}" + f"{{}}" + f"{x=}"\n',
    'x = f"{f\'{1}\'}"\n',
]
if sys.version_info < (3, 12):
    # Later versions word these otherwise (not compared here).
    SOURCES += [
        'x = f"{1 # one\n}"\n',
        'x = f"{}"\n',
        'x = f"{x!}"\n',
        'x = f"{x!z}"\n',
        'x = f"{x)}"\n',
        'x = f"{(x]}"\n',
        'x = f"{x\n',
        'x = f"""{x\n\n',
    ]

for src in SOURCES:
    try:
        compile(src, "snippet.py", "exec")
        print("ok", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))

d = {"k": 1}
try:
    exec('print(f"{d["k"]}")')
except SyntaxError as e:
    print("exec:", e.msg)
