# An exception raised while an enclosing `except` (of this frame or a caller's) handles another
# gets that one as __context__, even when it is caught before leaving any handler; assigning
# __cause__/__context__/__suppress_context__ sets the links tracebacks print; traceback's limit
# keeps the outermost (or, negative, the innermost) frames.
import re
import traceback


def show(lines):
    # Caret lines (which differ by version) left out, files named without their directory.
    text = re.sub(r'File "[^"]*/', 'File "', "".join(lines))
    print("\n".join(ln for ln in text.splitlines() if not ln.strip() or ln.strip(" ~^")))


def parse(s):
    try:
        return int(s)
    except ValueError:
        raise KeyError("parse failed")


try:
    try:
        1 / 0
    except ZeroDivisionError:
        parse("q")
except KeyError as e:
    print(repr(e.__context__), repr(e.__context__.__context__))

try:
    raise OSError("outer")
except OSError:
    try:
        {}["k"]
    except KeyError as e:
        print(repr(e.__context__))

err = KeyError("standalone")
err.__cause__ = TypeError("manual cause")
print(repr(err.__cause__), err.__suppress_context__)
show(traceback.format_exception(err))
err.__suppress_context__ = False
err.__cause__ = None
err.__context__ = ValueError("manual context")
print(err.__suppress_context__, repr(err.__context__))
show(traceback.format_exception(err))
for bad in ("__cause__", "__context__", "__suppress_context__"):
    try:
        setattr(err, bad, 1)
    except TypeError as e:
        print("TypeError:", e)


def deep(n):
    if n == 0:
        raise RuntimeError("bottom")
    deep(n - 1)


try:
    deep(3)
except RuntimeError:
    show(traceback.format_exc(limit=2))
    show(traceback.format_exc(limit=-1))
    show(traceback.format_exc(limit=0))
