# locals(), vars() and dir() inside comprehensions. 3.11: a comprehension's own frame (`.0`, its
# iterator, and its variables). 3.12+ (PEP 709) inlines list, set and dict comprehensions: in a
# function their variables show among the function's locals (3.12's locals() is the frame's one
# dict, updated at each call); in a module or class body 3.12 adds them to a copy of the namespace
# and 3.13 shows them alone. A generator expression keeps its own frame on every version.
def loc(xs):
    y = 5
    cap = 1
    h = lambda: cap
    r = [list(locals()) for x in xs]
    return r


print(loc([1]))


def nested(a):
    return [[sorted(locals()) for z in (1,)] for x in (2,)]


print(nested(0))


def shadow(x):
    inner = [locals() for x in (7,)]
    outer = locals()
    return [[(k, v) for k, v in sorted(d.items()) if k != '.0'] for d in inner], sorted(outer), inner[0] is outer


print(shadow(3))


def walrus():
    return [(w := x, sorted(locals())) for x in (1,)]


print(walrus())


def with_vars_dir(p):
    q = 2
    return [(sorted(vars()), dir()) for k in (1,)]


print(with_vars_dir(1))


def genexp_frame(p):
    return list(sorted(locals()) for g in (1,))


print(genexp_frame(1))


def after(p):
    [0 for t in (1,)]
    return sorted(locals())


print(after(1))

r = [locals() for q in (1,)][0]
print(type(r).__name__, 'q' in r, 'r' in r, 'loc' in r, r is globals())
print([vars() for q in (1,)][0] is globals())


class K:
    a = 1
    r = [sorted(locals()) for x in (1,)]
    s = {k: sorted(vars()) for k in (2,)}


print(K.r, K.s)


def boom(x):
    return 1 // x


def tb(xs):
    return [boom(x) for x in xs]


import traceback

try:
    tb([1, 0])
except ZeroDivisionError:
    print(''.join(traceback.format_exc()).replace(__file__, 'FILE').replace(__file__.rsplit('/', 1)[-1], 'FILE'))
