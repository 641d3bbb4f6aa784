# Inside an except* handler, `raise e` (naming the part it caught) is a new raise, not a bare
# re-raise: the result nests it in a new group beside the rest, with its own traceback; a bare
# `raise` gives back the original group's shape. What except* raises at its end adds no traceback
# entry for its own frame (CPython's RERAISE).
import os
import traceback


def show(eg, depth=0):
    print("  " * depth + repr(eg), "tb" if eg.__traceback__ is not None else "no-tb",
          "ctx=" + repr(eg.__context__), "cause=" + repr(eg.__cause__), eg.__suppress_context__)
    if isinstance(eg, BaseExceptionGroup):
        for x in eg.exceptions:
            show(x, depth + 1)


def named():
    try:
        try:
            raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
        except* ValueError as e:
            raise e
    except BaseException as out:
        show(out)


def bare():
    try:
        try:
            raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
        except* ValueError:
            raise
    except BaseException as out:
        show(out)


def member():
    try:
        try:
            raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
        except* ValueError as e:
            raise e.exceptions[0]
    except BaseException as out:
        show(out)


def whole_named():
    try:
        try:
            raise ExceptionGroup("eg", [ValueError(1)])
        except* ValueError as e:
            raise e
    except BaseException as out:
        show(out)


def naked_named():
    try:
        try:
            raise KeyError("k")
        except* KeyError as e:
            raise e
    except BaseException as out:
        show(out)


for case in (named, bare, member, whole_named, naked_named):
    print(case.__name__)
    case()


def leaves():
    try:
        try:
            raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
        except* ValueError as e:
            raise e
    except* TypeError:
        pass


def rest_only():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        pass


for fn in (leaves, rest_only):
    try:
        fn()
    except Exception as x:
        print(repr(x))
        print("".join(traceback.format_exception(x)).replace(__file__, os.path.basename(__file__)))
