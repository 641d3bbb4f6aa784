# One call site, many receivers: the method cache must give what a fresh lookup gives.
class A:
    def who(self, x):
        return ("A", x)


class B(A):
    def who(self, x):
        return ("B", x)


class S(str):
    def upper(self):
        return "S.upper"


def calls(objs):
    out = []
    for o in objs:
        out.append(o.who(1))
    return out


def strs(xs):
    return [x.upper() for x in xs] + [x.split(",", 1) for x in xs]


def strs_loop(xs):
    out = []
    for x in xs:
        out.append(x.upper())
        out.append(x.split(None, 1))
    return out


a, b = A(), B()
print(calls([a, a, b, a]))
a.who = lambda x: ("own", x)
print(calls([a, A(), a]))
del a.who
print(calls([a, b]))
A.who = lambda self, x: ("replaced", x)
print(calls([a, A(), b]))
print(calls([b, B(), a]))
print(strs_loop(["a,b c", S("s,t u"), "é,ü x", S("")]))
print(strs(["x,y", S("z")]))
str_upper = str.upper
print(strs_loop(["q r"]))


class WithGetattr:
    def __getattr__(self, name):
        return lambda x: ("getattr", name, x)


print(calls([WithGetattr(), a, WithGetattr()]))
