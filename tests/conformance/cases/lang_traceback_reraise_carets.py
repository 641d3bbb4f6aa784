# Caret lines of an exception re-raised by a bare `raise` (the line and the operation it was
# caught at, whatever the handler ran since), of one going on after a `finally` or an `except ...
# as` clause ran statements of their own, and of one raised by the handler itself.
import os
import traceback
def show(fn):
    try:
        fn()
    except Exception:
        print(traceback.format_exc().replace(__file__, os.path.basename(__file__)))
def r1():
    try:
        x = 1 / 0
    except ZeroDivisionError:
        y = [1,
             2]
        raise
def r2():
    try:
        x = 1 / 0
    except ZeroDivisionError as e:
        raise
def r3():
    try:
        x = {}["a"]
    finally:
        y = (1 +
             2)
def r4():
    try:
        x = 1 / 0
    except ZeroDivisionError as e:
        z = [].pop()
def r5():
    try:
        x = 1 / 0
    except ZeroDivisionError as e:
        raise ValueError("v") from e
def r6():
    try:
        x = 1 / 0
    except ZeroDivisionError as e:
        err = e
    raise err
def r7():
    for i in range(2):
        try:
            {}[i]
        except KeyError:
            if i:
                raise
def r8():
    try:
        raise KeyError(1)
    except KeyError as e:
        try:
            [][1]
        finally:
            del e
for fn in [r1, r2, r3, r4, r5, r6, r7, r8]:
    show(fn)
