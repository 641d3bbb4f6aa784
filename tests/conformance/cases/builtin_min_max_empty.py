# min() and max() of nothing: ValueError worded per version (3.11 "arg is an empty sequence",
# 3.12 on "iterable argument is empty"), unless a default is given.
for f in (min, max):
    for arg in ([], (), iter([]), {}, "", range(0)):
        try:
            f(arg)
        except ValueError as e:
            print(type(arg).__name__, e)
    try:
        f([], key=len)
    except ValueError as e:
        print("key:", e)
    print(f([], default=7), f((x for x in ()), default=None))
    try:
        f()
    except TypeError as e:
        print(e)
    try:
        f(1, 2, default=3)
    except TypeError as e:
        print(e)
