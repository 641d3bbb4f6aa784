"""CPython's compile-time SyntaxWarnings for a call or subscript that can only fail, the usual
sign of a missing comma in a list of tuples or lists. The program prints before any of these
lines would run."""


def points():
    return [(1, 2) (3, 4)]


def grid():
    return [[1, 2] [0, 1]]


def misc():
    return None(), "a"(), 1(), -1(), f"x{1}"(), {1: 2}(), [i for i in ()](), (x for x in ())()


def subscripts():
    return None[0], {1}[0], (lambda: 1)[0], (1, 2)["x"], "ab"[1.5], [1][None], "ab"[b"x"], [1][True], [1][1:2]


def fine():
    return (lambda: 1)(), [1][0], "ab"[-1], {1: 2}[1]


print("compiled", fine())
