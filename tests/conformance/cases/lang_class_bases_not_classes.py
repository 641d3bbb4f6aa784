# A class statement whose base is not a class calls that base's type as the metaclass (class A(5)
# calls int("A", bases, ns): int's own error, per version), or fails with a metaclass conflict;
# type() refuses such bases; the types CPython gives no constructor cannot be called, and
# NoneType() is None.
import types
for bases in ("5", "int, 5", "object()", "'x'", "5, 6", "b'x'", "3.5", "None", "[]", "len", "5, int"):
    try:
        exec(f"class A({bases}): pass")
        print(bases, "ok", A)
    except Exception as e:
        print(bases, type(e).__name__, e)
for args in [("A", (5,), {}), ("A", (object(),), {})]:
    try:
        type(*args)
    except TypeError as e:
        print("type()", e)
for a, k in [((1, 2, 3), {}), ((1, 2, 3), {"base": 3}), ((1, 2), {"base": 3}), (("1",), {"x": 3})]:
    try:
        int(*a, **k)
    except TypeError as e:
        print("int", e)


async def c():
    pass


def g():
    yield


async def ag():
    yield


for t in [type(len), type(list.append), type(int.__add__), type((1).__add__), types.CoroutineType, types.GeneratorType, types.AsyncGeneratorType, type(None)]:
    for a in [(), (1,)]:
        try:
            print(t.__name__, a, "ok", t(*a))
        except TypeError as e:
            print(t.__name__, a, e)
