# PEP 695's syntax by version: 3.11 refuses type parameter lists and `type` statements (at the `[`
# of a def or class, at an alias's name); 3.12 refuses PEP 696's defaults (3.13) each its own way;
# the compile-time errors of type parameters (duplicates, a yield, await or walrus in a bound,
# default or alias, nonlocal of a type parameter, a non-default after a default).
SOURCES = [
    "def f[T](x: T) -> T:\n    return x\n",
    "async def fetch[T](x: T) -> T:\n    return x\n",
    "class Box[T]:\n    pass\n",
    "class Box[T](Base, metaclass=Meta):\n    pass\n",
    "type Alias = int\n",
    "type Alias[K, V] = dict[K, V]\n",
    "x = 1\ntype = 2\nprint(type(x))\n",
    "if True:\n    type X = int\n",
    "def f[T = int](): pass\n",
    "class C[T = int]: pass\n",
    "class C[T: int = str]: pass\n",
    "type A[T = int] = T\n",
    "type A[T, U = str] = T\n",
    "type A[T: int = str] = T\n",
    "def f[*Ts = int](): pass\n",
    "def f[**P = [int]](): pass\n",
    "def f[T = int, U](): pass\n",
    "def f[T, T](): pass\n",
    "class C[T, *T]: pass\n",
    "type A[T, T] = int\n",
    "def f[T: (yield)](): pass\n",
    "def f[T: (await x)](): pass\n",
    "def f[T: (y := 1)](): pass\n",
    "def f[T = (yield)](): pass\n",
    "def f[*Ts = (yield)](): pass\n",
    "type A = (yield)\n",
    "type A = (x := 1)\n",
    "async def g():\n    type A = await x\n",
    "class C[T](x := 1): pass\n",
    "def f[T](x: (yield)): pass\n",
    "def f[T]() -> (yield): pass\n",
    "def f[T](x=(yield)): pass\n",
    "def f():\n    def g[T]():\n        nonlocal T\n",
    "class C[T]:\n    nonlocal T\n",
    "def f[T]():\n    global T\n",
    "def f[*Ts: int](): pass\n",
    "def f[**P: int](): pass\n",
    "def f[](): pass\n",
    "class C[]: pass\n",
    "type A = [(yield) for x in y]\n",
    "type A = lambda: (yield)\n",
    "def f[T,](): pass\n",
]

for src in SOURCES:
    try:
        compile(src, "snippet.py", "exec")
        print("ok", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))

try:
    exec("type Alias = int\nprint(Alias, Alias.__value__)\n")
except SyntaxError as e:
    print("exec:", e.msg)
