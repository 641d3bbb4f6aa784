class A:
    kind = "a"

    def __init__(self, x):
        self.x = x


def read(objs, name_x=True):
    out = []
    for o in objs:
        out.append(o.x)
        out.append(o.kind)
    return out


def write(objs, v):
    for o in objs:
        o.x = v
        o.x += 1
    return [o.x for o in objs]


objs = [A(1), A(2)]
print(read(objs), write(objs, 5))
A.x = "class x"
del objs[0].x
print(read(objs))
A.x = property(lambda self: "prop")
print(read(objs))
del A.x
objs[0].x = 9
print(read(objs))


class Logged(A):
    def __setattr__(self, name, value):
        print("set", name, value)
        super().__setattr__(name, value)


print(write([A(0), Logged(1), A(2)], 3))


class G(A):
    def __getattr__(self, name):
        return "missing " + name


g = G(1)
print(read([g, A(3)]))
del g.x
print(read([g]))


class S:
    __slots__ = ("x",)

    def __init__(self):
        self.x = 1


print(write([S(), A(0)], 7))
o = A(1)
print(read([o]))
del o.x
print(read([o]))
