"""Exceptions' fields as CPython fills them: AttributeError's name and obj (set by the failed
lookup, also for one raised by __getattr__), the keyword arguments AttributeError, NameError and
ImportError take (others take none), and OSError(errno, ...) making the errno's subclass.
No 3.14 golden: Pyodide, the 3.14 recorder, has Emscripten's errno numbers (ENOENT is 44), so its
OSError(2, ...) is no FileNotFoundError; Linux CPython 3.14 maps them as 3.13 does."""

print(NameError("x").name, AttributeError("x").name, AttributeError("x").obj, ImportError("x").name, ImportError("x").path)
e = AttributeError("m", name="n", obj=5)
print(e.name, e.obj, e.args)
for make in (lambda: AttributeError("x", foo=1), lambda: ValueError(x=1), lambda: NameError("x", obj=1)):
    try:
        make()
    except TypeError as err:
        print("TypeError:", err)


class Lazy:
    def __getattr__(self, n):
        raise AttributeError(n)

    def __repr__(self):
        return "Lazy()"


class Bare:
    __slots__ = ()


class Failure(Exception):
    def __init__(self, msg, code=1):
        super().__init__(msg)
        self.code = code


try:
    Lazy().zz
except AttributeError as err:
    print(err, err.name, err.obj)
try:
    Bare().q
except AttributeError as err:
    print(err.name, type(err.obj).__name__)
try:
    getattr(5, "real2")
except AttributeError as err:
    print(err.name, err.obj)
try:
    int.foo
except AttributeError as err:
    print(err, err.name, err.obj)
print(Failure("a", code=2).code)
try:
    Failure("a", 2, k=1)
except TypeError as err:
    print("TypeError:", err)

for args in [(2, "x"), (2, "x", "f.txt"), (13, "denied"), (17, "e"), (1, "perm"), (11, "again"), (111, "refused"),
             (99999, "odd"), ("a", "b"), (2,), (4, "intr", "f", None, "g")]:
    err = OSError(*args)
    print(type(err).__name__, repr(err), str(err), err.errno, err.filename, err.args)


class MyOSError(OSError):
    pass


print(type(MyOSError(2, "x")).__name__, type(FileNotFoundError(13, "x")).__name__, type(IOError(2, "x")).__name__)
try:
    raise OSError(2, "No such file or directory", "missing.txt")
except FileNotFoundError as err:
    print("caught", repr(err), err.strerror)
