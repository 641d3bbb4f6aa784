# traceback.TracebackException: made from a caught exception (from_exception and the constructor),
# its stack (names, line numbers, lines), str(), equality, format() with and without the chain and
# with a limit, format_exception_only(), print() to a file, a cause and a context as summaries of
# their own, compact, an exception group's members, and its type (exc_type; 3.13 deprecates it
# for exc_type_str).
import io
import os
import sys
import traceback
import warnings


def here(text):
    return text.replace(__file__, os.path.basename(__file__))


def inner(x):
    return {}[x]


def outer():
    return inner("key")


try:
    outer()
except KeyError as e:
    te = traceback.TracebackException.from_exception(e)
    te2 = traceback.TracebackException(type(e), e, e.__traceback__)
    print([fs.name for fs in te.stack], [fs.lineno for fs in te.stack], [fs.line for fs in te.stack])
    print(str(te), te == te2, te != te2, te == 1)
    print(list(te.format_exception_only()))
    print(here("".join(te.format())))
    short = traceback.TracebackException.from_exception(e, limit=1)
    print(here("".join(short.format())))
    buf = io.StringIO()
    te.print(file=buf)
    print(here(buf.getvalue()) == here("".join(te.format())))
    print(te.__cause__, te.__context__, te.__suppress_context__, te.exceptions, te.__notes__)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        print(te.exc_type)
    if sys.version_info >= (3, 13):
        print(te.exc_type_str)


def chained():
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise ValueError("wrapped") from z


try:
    chained()
except ValueError as e:
    te = traceback.TracebackException.from_exception(e)
    print(type(te.__cause__).__name__, str(te.__cause__), te.__suppress_context__)
    print(te.__context__ is not None, len(te.__cause__.stack))
    print(here("".join(te.format())))
    print(here("".join(te.format(chain=False))))
    compact = traceback.TracebackException.from_exception(e, compact=True)
    print(compact.__context__)


def context():
    try:
        [][1]
    except IndexError:
        raise RuntimeError("during")


try:
    context()
except RuntimeError as e:
    te = traceback.TracebackException.from_exception(e, compact=True)
    print(str(te.__context__), te.__cause__)
    print(here("".join(te.format())))

try:
    raise ExceptionGroup("many", [ValueError("a"), TypeError("b")])
except ExceptionGroup as e:
    e.add_note("a note")
    te = traceback.TracebackException.from_exception(e)
    print(str(te), [str(x) for x in te.exceptions], te.__notes__)
    print(list(te.format_exception_only()))
    print(here("".join(te.format())))
