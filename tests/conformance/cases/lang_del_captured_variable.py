# `del` of a variable a nested function captures (a cell) empties the cell, which the nested
# function then finds unbound; `del` of a `nonlocal` one empties the enclosing function's.
def f(x):
    g = lambda: x
    del x
    for action in (g, lambda: print(x)):
        try:
            action()
        except NameError as e:
            print(type(e).__name__, e)
    try:
        del x
    except NameError as e:
        print(type(e).__name__, e)
    x = 3
    print(g())


def outer():
    y = 1

    def inner():
        nonlocal y
        del y
        try:
            del y
        except NameError as e:
            print(type(e).__name__, e)

    inner()
    try:
        print(y)
    except NameError as e:
        print(type(e).__name__, e)
    y = 2
    inner()


f(1)
outer()
